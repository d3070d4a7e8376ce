import { describe, expect, it } from 'vitest';
import type { ScorecardId } from '../model/ids.ts';
import { periodOf } from '../periods/period.ts';
import { parseStrategyText } from '../schema/parse.ts';
import { prepareStrategy } from '../scoring/prepare.ts';
import { strategyDocument } from './document.ts';

const YAML = `bearing: 1
organization: Northwind
scorecards:
  - id: corp
    name: Corporate
    objectives:
      - id: quality
        name: Provide high product quality
        perspective: customer
        kpis:
          - {name: Return rate, unit: "%", optimization: minimize, baseline: 6, target: 2, values: {"2026-01": 4, "2026-02": 3}}
  - id: rd
    name: R&D
    objectives:
      - id: defects
        name: Reduce critical problems
        perspective: internal
        contributesTo: corp/quality
        kpis:
          - {name: Critical problems, optimization: minimize, baseline: 10, target: 0, values: {"2026-03": 5}}
  - id: sales
    name: Sales
    objectives:
      - id: win
        name: Win dealers
        perspective: customer
        kpis:
          - {name: Dealers, baseline: 10, target: 20, values: {"2026-04": 15}}
`;

function strategy() {
  const parsed = parseStrategyText(YAML, 'yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const ids = (...list: string[]) => list as ScorecardId[];

describe('strategyDocument', () => {
  it('documents every scorecard as of the latest period with a value', () => {
    const md = strategyDocument(strategy(), { format: 'md' });
    expect(md).toMatch(/^# Northwind: strategy document\n\nScores as of 2026-04\.\n/);
    for (const name of ['## Corporate', '## R&D', '## Sales']) expect(md).toContain(name);
    expect(md).toContain('| Dealers |  | 10 | ≥ 20 | 15 | 50.0% amber |');
  });

  it('documents only the chosen scorecards, dated by their own latest value', () => {
    const md = strategyDocument(strategy(), { format: 'md', scorecards: ids('corp', 'rd') });
    expect(md).toContain('Scores as of 2026-03.');
    expect(md).toContain('## Corporate');
    expect(md).toContain('## R&D');
    expect(md).not.toContain('## Sales');
    // The cascade and its scores are there: R&D's contribution counts in Corporate's score.
    expect(md).toContain(
      'R&D / Reduce critical problems contributes to Corporate / Provide high product quality',
    );
    expect(md).toContain('### Current scores');
  });

  it('names cascade partners outside the document from the whole strategy', () => {
    const md = strategyDocument(strategy(), { format: 'md', scorecards: ids('rd') });
    expect(md).toContain(
      'Reduce critical problems contributes to Corporate / Provide high product quality',
    );
  });

  it('scores as of the period it is given, with a prepared strategy when it has one', () => {
    const s = strategy();
    const md = strategyDocument(s, {
      format: 'md',
      period: periodOf('2026-01'),
      prepared: prepareStrategy(s),
    });
    expect(md).toContain('Scores as of 2026-01.');
    expect(md).toContain('| Return rate |  | 6% | ≤ 2% | 4% |');
  });

  it('tells the story without scores when there are no values', () => {
    const bare = YAML.replace(/, values: \{[^}]*\}/g, '');
    const parsed = parseStrategyText(bare, 'yaml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const md = strategyDocument(parsed.value, { format: 'md' });
    expect(md).toContain('No KPI values yet: scores will appear once values are entered.');
    expect(md).not.toContain('### Current scores');
  });

  it('renders the same blocks as a standalone HTML page', () => {
    const html = strategyDocument(strategy(), { format: 'html', scorecards: ids('sales') });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Northwind: strategy document</title>');
    expect(html).toContain('<h2>Sales</h2>');
    expect(html).not.toContain('<h2>Corporate</h2>');
  });
});

describe('calculated KPIs in the strategy document', () => {
  it('shows what a calculated KPI is computed from, with its computed value and score', () => {
    const parsed = parseStrategyText(
      `bearing: 1
scorecards:
  - id: sales
    name: Sales
    objectives:
      - id: win
        name: Win dealers
        perspective: customer
        kpis:
          - {id: dealers, name: Dealers, baseline: 10, target: 20, values: {"2026-04": 15}}
          - {id: reach, name: Dealer reach, formula: "[dealers] * 2", baseline: 0, target: 40}
`,
      'yaml',
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const md = strategyDocument(parsed.value, { format: 'md' });
    expect(md).toContain('| Dealer reach (= [dealers] * 2) |  | 0 | ≥ 40 | 30 | 75.0% amber |');
  });
});
