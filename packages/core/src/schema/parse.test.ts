import { describe, expect, it } from 'vitest';
import type { FileIssue } from './issues.ts';
import { parseStrategyText, validateStrategyData } from './parse.ts';

/** A minimal valid file; tests splice their case into it. */
const file = (objectives: string, extra = '') => `bearing: 1
scorecards:
  - id: corp
    name: Corporate
    objectives:
${objectives}${extra}`;

function issuesOf(text: string): readonly FileIssue[] {
  const result = parseStrategyText(text);
  if (result.ok) throw new Error('expected the file to be invalid');
  return result.issues;
}

function valid(text: string) {
  const result = parseStrategyText(text);
  if (!result.ok)
    throw new Error(`expected a valid file, got ${JSON.stringify(result.issues, null, 1)}`);
  return result.value;
}

describe('parseStrategyText: defaults', () => {
  it('fills every default: ids from names, the four perspectives, weights, optimization', () => {
    const strategy = valid(
      file(`      - name: Provide high product quality
        perspective: customer
        kpis:
          - name: Product return rate
            baseline: 8
            target: 2
            optimization: minimize
`),
    );
    const scorecard = strategy.scorecards[0]!;
    expect(scorecard.perspectives.map((p) => p.id)).toEqual([
      'financial',
      'customer',
      'internal',
      'learning',
    ]);
    expect(scorecard.thresholds).toEqual({ green: 0.8, amber: 0.5 });
    const objective = scorecard.objectives[0]!;
    expect(objective).toMatchObject({
      id: 'provide-high-product-quality',
      weight: 1,
      rollup: 'weighted',
      parent: null,
    });
    expect(objective.kpis[0]).toMatchObject({
      id: 'product-return-rate',
      weight: 1,
      frequency: 'monthly',
      aggregation: 'last',
      carryForward: false,
    });
  });

  it('reads period keys quoted or not, and never turns them into dates or bare numbers', () => {
    const strategy = valid(
      file(`      - name: Q
        perspective: customer
        kpis:
          - name: K
            baseline: 0
            target: 10
            values:
              2026: 1
              "2026-H1": 2
              2026-q2: 3
              2026-03: 4
              2026-W09: 5
              2026-03-15: 6
`),
    );
    const keys = strategy.scorecards[0]!.objectives[0]!.kpis[0]!.values.map((v) => v.period);
    // Sorted by end, then start: of two periods ending together the shorter one is the later.
    expect(keys).toEqual(['2026-W09', '2026-03-15', '2026-03', '2026-H1', '2026-Q2', '2026']);
    for (const key of keys) expect(typeof key).toBe('string');
  });

  it('keeps comments on values', () => {
    const strategy = valid(
      file(`      - name: Q
        perspective: customer
        kpis:
          - name: K
            baseline: 0
            target: 10
            values:
              "2026-01": {value: 4, comment: "late delivery of the survey"}
`),
    );
    expect(strategy.scorecards[0]!.objectives[0]!.kpis[0]!.values[0]).toEqual({
      period: '2026-01',
      value: 4,
      comment: 'late delivery of the survey',
    });
  });

  it('reads JSON as well as YAML', () => {
    const strategy = valid(
      '{"bearing": 1, "scorecards": [{"name": "Corp", "objectives": [{"name": "Grow", "perspective": "financial"}]}]}',
    );
    expect(strategy.scorecards[0]!.id).toBe('corp');
  });
});

describe('parseStrategyText: errors name the path, the line and what was expected', () => {
  it('reports an unknown key with its line and the closest known key', () => {
    const [issue] = issuesOf(
      file(`      - name: Q
        perspective: customer
        kpi: []
`),
    );
    expect(issue).toMatchObject({
      code: 'UNKNOWN_KEY',
      path: 'scorecards[0].objectives[0].kpi',
      line: 8,
      column: 9,
      hint: 'did you mean "kpis"?',
    });
  });

  it('reports a wrong type with what it got', () => {
    const [issue] = issuesOf(
      file(`      - name: Q
        perspective: customer
        weight: heavy
`),
    );
    expect(issue).toMatchObject({
      code: 'INVALID_TYPE',
      path: 'scorecards[0].objectives[0].weight',
      line: 8,
    });
    expect(issue!.message).toContain('text "heavy"');
  });

  it('reports a missing required field', () => {
    const issues = issuesOf(
      file(`      - name: Q
`),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'REQUIRED',
        path: 'scorecards[0].objectives[0].perspective',
        line: 6,
      }),
    );
  });

  it('reports an invalid period key at the key', () => {
    const [issue] = issuesOf(
      file(`      - name: Q
        perspective: customer
        kpis:
          - name: K
            baseline: 0
            target: 1
            values:
              "2026-13": 1
`),
    );
    expect(issue).toMatchObject({
      code: 'INVALID_PERIOD',
      path: 'scorecards[0].objectives[0].kpis[0].values["2026-13"]',
      line: 13,
      column: 15,
    });
    expect(issue!.message).toContain('a month is 01 to 12');
  });

  it('reports a period given twice after normalisation', () => {
    const issues = issuesOf(
      file(`      - name: Q
        perspective: customer
        kpis:
          - name: K
            baseline: 0
            target: 1
            values: {"2026-q1": 1, "2026-Q1": 2}
`),
    );
    expect(issues[0]!.message).toContain('given twice');
  });

  it('reports every error at once, not only the first', () => {
    const issues = issuesOf(
      file(
        `      - name: Q
        perspective: custmer
        weight: -1
        parent: nowhere
        kpis:
          - name: K
            baseline: 5
            target: 5
`,
        `    links:
      - from: q
        to: missing
`,
      ),
    );
    expect(issues.map((i) => i.code).sort()).toEqual([
      'BROKEN_REFERENCE',
      'BROKEN_REFERENCE',
      'BROKEN_REFERENCE',
      'INVALID_SCALE',
      'INVALID_TYPE',
    ]);
    expect(issues.find((i) => i.path.endsWith('perspective'))!.hint).toContain('customer');
  });

  it('reports a YAML syntax error with its line', () => {
    const [issue] = issuesOf('bearing: 1\nscorecards:\n  - name: "unterminated\n');
    expect(issue).toMatchObject({ code: 'SYNTAX', path: '' });
    expect(issue!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a JSON syntax error with its line', () => {
    const [issue] = issuesOf('{"bearing": 1,\n "scorecards": [}\n');
    expect(issue).toMatchObject({ code: 'SYNTAX', line: 2 });
  });

  it('explains an empty file', () => {
    expect(issuesOf('')[0]!.message).toBe('the file is empty');
  });

  it('requires the format version', () => {
    expect(issuesOf('scorecards: []\n')[0]).toMatchObject({ code: 'REQUIRED', path: 'bearing' });
  });

  it('gives no line or column for data that was not text', () => {
    const result = validateStrategyData({
      bearing: 1,
      scorecards: [{ name: 'A', objectives: [{ name: 'B', perspective: 'nope' }] }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({
        path: 'scorecards[0].objectives[0].perspective',
        line: null,
        column: null,
      });
  });
});

describe('parseStrategyText: ids and references', () => {
  it('reports two objectives whose names give the same id', () => {
    const issues = issuesOf(
      file(`      - name: Grow revenue
        perspective: financial
      - name: Grow Revenue!
        perspective: financial
`),
    );
    expect(issues[0]).toMatchObject({
      code: 'DUPLICATE_ID',
      path: 'scorecards[0].objectives[1].name',
    });
    expect(issues[0]!.hint).toContain('explicit id');
  });

  it('allows the same KPI id in two scorecards (ids are scoped to their scorecard)', () => {
    const strategy = valid(`bearing: 1
scorecards:
  - name: A
    objectives:
      - name: Quality
        perspective: customer
        kpis: [{name: QA hours, baseline: 0, target: 10}]
  - name: B
    objectives:
      - name: Quality
        perspective: customer
        contributesTo: a/quality
        kpis: [{name: QA hours, baseline: 0, target: 10}]
`);
    expect(strategy.scorecards[1]!.objectives[0]!.contributesTo).toEqual({
      scorecard: 'a',
      objective: 'quality',
    });
  });

  it('reports a cycle of parents', () => {
    const issues = issuesOf(
      file(`      - {id: a, name: A, perspective: customer, parent: b}
      - {id: b, name: B, perspective: customer, parent: a}
`),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('CYCLE');
    expect(issues[0]!.message).toMatch(/corp\/a → corp\/b → corp\/a|corp\/b → corp\/a → corp\/b/);
  });

  it('reports a cycle through contributesTo across scorecards', () => {
    const issues = issuesOf(`bearing: 1
scorecards:
  - id: top
    name: Top
    objectives:
      - {id: q, name: Q, perspective: customer, contributesTo: dept/r}
  - id: dept
    name: Dept
    objectives:
      - {id: r, name: R, perspective: customer, contributesTo: top/q}
`);
    expect(issues.map((i) => i.code)).toEqual(['CYCLE']);
  });

  it('reports contributesTo to an unknown objective with a suggestion', () => {
    const issues = issuesOf(`bearing: 1
scorecards:
  - id: top
    name: Top
    objectives: [{id: quality, name: Q, perspective: customer}]
  - id: dept
    name: Dept
    objectives: [{id: r, name: R, perspective: customer, contributesTo: top/qualty}]
`);
    expect(issues[0]).toMatchObject({
      code: 'BROKEN_REFERENCE',
      hint: 'did you mean "top/quality"?',
      line: 8,
    });
  });

  it('refuses more than eight perspectives', () => {
    const perspectives = Array.from({ length: 9 }, (_, i) => `      - {name: P${i}}`).join('\n');
    const issues = issuesOf(
      `bearing: 1\nscorecards:\n  - name: A\n    perspectives:\n${perspectives}\n`,
    );
    expect(issues[0]).toMatchObject({ code: 'TOO_MANY', path: 'scorecards[0].perspectives' });
  });
});

describe('parseStrategyText: KPI scales (scoring.md §2)', () => {
  const kpi = (fields: string) =>
    file(`      - name: Q
        perspective: customer
        kpis:
          - {name: K, ${fields}}
`);
  it.each([
    ['baseline: 5, target: 5', 'target equals baseline'],
    ['baseline: 8, target: 2', 'maximize needs target > baseline'],
    ['optimization: minimize, baseline: 2, target: 8', 'minimize needs target < baseline'],
    ['baseline: 0, target: 5, min: 10, max: 1', 'min must be below max'],
    ['optimization: range, target: [20, 25], min: 21, max: 30', 'min < low <= high < max'],
    ['optimization: range, target: [25, 20], min: 0, max: 30', 'low <= high'],
    ['optimization: range, target: 5, min: 0, max: 30', 'needs target: [low, high]'],
    ['optimization: range, target: [1, 2]', 'needs min and max'],
    ['target: [1, 2], baseline: 0', 'needs optimization: range'],
    ['target: 5', 'needs a baseline'],
    ['unit: "%", baseline: -1, target: 5', 'cannot be negative'],
    ['baseline: 0, target: 10, targets: {"2027": -1}', 'maximize needs target > baseline'],
  ])('rejects %s', (fields, message) => {
    expect(issuesOf(kpi(fields))[0]!.message).toContain(message);
  });

  it.each([
    'baseline: 0, target: 10',
    'target: 10, min: 0',
    'optimization: minimize, target: 2, max: 10',
    'optimization: range, target: [20, 25], min: 0, max: 40',
    'optimization: binary, target: 1',
    'optimization: none',
    'unit: "%", allowNegative: true, baseline: -3, target: 5',
  ])('accepts %s', (fields) => {
    valid(kpi(fields));
  });
});
