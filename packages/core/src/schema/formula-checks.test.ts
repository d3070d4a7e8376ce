import { describe, expect, it } from 'vitest';
import { parseStrategyText } from './parse.ts';

/** A file with one scorecard `shop` (KPIs orders, visits) plus `service/satisfaction`. */
function file(kpi: string): string {
  return `bearing: 1
scorecards:
  - id: shop
    name: Shop
    objectives:
      - id: sell
        name: Sell online
        perspective: customer
        kpis:
          - {id: orders, name: Orders, values: {2026-01: 3}}
          - {id: visits, name: Visits}
${kpi}
  - id: service
    name: Service
    objectives:
      - id: happy
        name: Keep customers happy
        perspective: customer
        kpis:
          - {id: satisfaction, name: Satisfaction}
`;
}

function issues(kpi: string) {
  const parsed = parseStrategyText(file(kpi), 'yaml');
  return parsed.ok ? [] : parsed.issues;
}

describe('formula checks in the strategy file', () => {
  it('accepts references in the same and in another scorecard', () => {
    expect(
      issues(`          - id: mix
            name: Mix
            formula: "avg([orders] / [visits], [service/satisfaction])"`),
    ).toEqual([]);
  });

  it('locates a syntax error at its character, in the message and in the column', () => {
    const [issue, ...rest] = issues(`          - id: c
            name: C
            formula: "[orders] / * 2"`);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'FORMULA',
      path: 'scorecards[0].objectives[0].kpis[2].formula',
      line: 14,
      message: 'formula at character 12: expected a value before "*"',
    });
    // Character 1 of the formula is column 23 (after 12 spaces and `formula: "`).
    expect(issue!.column).toBe(23 + 11);
  });

  it('names an unknown reference with a did-you-mean, in this and in another scorecard', () => {
    const found = issues(`          - id: c
            name: C
            formula: "[order] + [service/satisfactoin] + [servic/x]"`);
    expect(found.map((i) => [i.code, i.message, i.hint])).toEqual([
      [
        'BROKEN_REFERENCE',
        'formula at characters 1–7: no KPI "order" in this scorecard for [order]',
        'did you mean [orders]?',
      ],
      [
        'BROKEN_REFERENCE',
        'formula at characters 11–32: no KPI "satisfactoin" in scorecard "service" for [service/satisfactoin]',
        'did you mean [service/satisfaction]?',
      ],
      [
        'BROKEN_REFERENCE',
        'formula at characters 36–45: no scorecard "servic" for [servic/x]',
        'did you mean "service"?',
      ],
    ]);
  });

  it('reports unknown functions and wrong argument counts, all at once', () => {
    const found = issues(`          - id: c
            name: C
            formula: "avgg([orders]) + if([orders], 1) + prev([orders], 0) + prev(2)"`);
    expect(found.map((i) => i.message)).toEqual([
      'formula at characters 1–4: unknown function "avgg"',
      'formula at characters 18–32: if() takes 3 arguments, got 2',
      "formula at character 51: prev()'s second argument must be a whole number from 1 to 120",
      'formula at character 61: prev() needs a KPI reference as its first argument',
    ]);
    expect(found[0]!.hint).toBe('did you mean "avg"?');
  });

  it('names the KPIs of a cycle between formulas', () => {
    const found = issues(`          - {id: a, name: A, formula: "[b] + 1"}
          - {id: b, name: B, formula: "[c] * 2"}
          - {id: c, name: C, formula: "prev([a])"}`);
    expect(found.map((i) => [i.code, i.message])).toEqual([
      ['CYCLE', 'formula: calculated KPIs depend on themselves: a → b → c → a'],
    ]);
  });

  it('refuses values, aggregation and carryForward on a calculated KPI', () => {
    const found = issues(`          - id: c
            name: C
            formula: "[orders] * 2"
            aggregation: sum
            carryForward: true
            values: {2026-01: 4}`);
    expect(found.map((i) => [i.code, i.path])).toEqual([
      ['FORMULA', 'scorecards[0].objectives[0].kpis[2].values'],
      ['FORMULA', 'scorecards[0].objectives[0].kpis[2].aggregation'],
      ['FORMULA', 'scorecards[0].objectives[0].kpis[2].carryForward'],
    ]);
    expect(found[0]!.message).toMatch(/no values of its own/);
  });

  it('refuses an empty formula as the shape check does', () => {
    const [issue] = issues(`          - {id: c, name: C, formula: "  "}`);
    expect(issue).toMatchObject({
      code: 'INVALID_TYPE',
      message: 'expected a non-empty formula, got text "  "',
    });
  });
});
