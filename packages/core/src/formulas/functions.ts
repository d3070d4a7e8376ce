/**
 * The functions a formula may call (formulas.md), with how many arguments each takes. Names are
 * case-insensitive; the parser lower-cases them.
 */
export interface FunctionSpec {
  readonly min: number;
  /** Infinity for a list (sum, avg …). */
  readonly max: number;
  readonly usage: string;
}

export const FORMULA_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  sum: { min: 1, max: Infinity, usage: 'sum(a, b, …): the total of the values present' },
  avg: { min: 1, max: Infinity, usage: 'avg(a, b, …): the mean of the values present' },
  min: { min: 1, max: Infinity, usage: 'min(a, b, …): the smallest value present' },
  max: { min: 1, max: Infinity, usage: 'max(a, b, …): the largest value present' },
  count: { min: 1, max: Infinity, usage: 'count(a, b, …): how many of the values are present' },
  abs: { min: 1, max: 1, usage: 'abs(x)' },
  round: { min: 1, max: 2, usage: 'round(x) or round(x, digits)' },
  if: { min: 3, max: 3, usage: 'if(condition, then, else)' },
  coalesce: { min: 1, max: Infinity, usage: 'coalesce(a, b, …): the first value present' },
  prev: { min: 1, max: 2, usage: 'prev([kpi]) or prev([kpi], n): the value n periods before' },
};

export const FUNCTION_NAMES: readonly string[] = Object.keys(FORMULA_FUNCTIONS);

/** How far back `prev` may look: ten years of months is more than any scorecard keeps. */
export const MAX_PREV_PERIODS = 120;
