import { describe, expect, it } from 'vitest';
import { parseStrategyText } from './parse.ts';
import { stringifyStrategy, toStrategyDocument } from './serialize.ts';

const source = `bearing: 1
organization: Acme Outdoor
scorecards:
  - id: corp
    name: Acme corporate scorecard
    thresholds: {green: 0.9, amber: 0.6}
    objectives:
      - id: quality
        name: Provide high product quality
        perspective: customer
        rollup: min
        owner: Head of Quality
        kpis:
          - id: return-rate
            name: Product return rate
            unit: "%"
            indicator: lagging
            optimization: minimize
            baseline: 8
            target: 2
            targets: {"2027": 1.5}
            min: 0
            max: 10
            frequency: quarterly
            aggregation: average
            carryForward: true
            thresholds: {green: 0.95, amber: 0.7}
            owner: QA lead
            values:
              "2026-01": 6.5
              "2026-02": {value: 5, comment: new supplier}
        initiatives:
          - {id: qm, name: Quality programme, owner: COO, start: 2026-01-01, due: 2026-12-31, budget: 120000, spent: 30000, progress: 0.25, status: on-track}
      - id: hours
        name: Invest in quality assurance
        perspective: learning
        weight: 0.5
        parent: quality
  - id: rnd
    name: R&D
    perspectives:
      - {id: customer, name: Customers, weight: 2}
      - {id: internal, name: Internal}
    objectives:
      - {id: problems, name: Reduce critical problems, perspective: customer, contributesTo: corp/quality}
      - {id: qa, name: Quality assurance, perspective: internal}
    links:
      - {from: qa, to: problems, hypothesis: If we invest in QA hours then fewer critical problems, lag: 2 months}
`;

describe('stringifyStrategy', () => {
  const parsed = parseStrategyText(source);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const strategy = parsed.value;

  it.each(['yaml', 'json'] as const)('round-trips through %s without loss', (format) => {
    const again = parseStrategyText(stringifyStrategy(strategy, format), format);
    expect(again.ok && again.value).toEqual(strategy);
  });

  it('leaves out fields that equal their defaults', () => {
    const document = toStrategyDocument(strategy) as {
      scorecards: { perspectives?: unknown; objectives: Record<string, unknown>[] }[];
    };
    expect(document.scorecards[0]!.perspectives).toBeUndefined();
    expect(document.scorecards[1]!.perspectives).toBeDefined();
    expect(document.scorecards[1]!.objectives[1]).toEqual({
      id: 'qa',
      name: 'Quality assurance',
      perspective: 'internal',
    });
  });

  it('quotes period keys and dates so no YAML reader turns them into numbers or timestamps', () => {
    const yaml = stringifyStrategy(strategy, 'yaml');
    expect(yaml).toContain('"2027": 1.5');
    expect(yaml).toContain('"2026-01": 6.5');
    expect(yaml).toContain('start: "2026-01-01"');
  });
});
