import { describe, expect, it } from 'vitest';
import { compileFormula, NO_SLOT } from './compile.ts';
import { evaluateFormula, type FormulaInputs } from './evaluate.ts';
import { parseFormula } from './parser.ts';

/** Inputs by name; a name missing from `values` (or null) is "no data". */
function run(
  text: string,
  values: Record<string, number | null> = {},
  history: Record<string, number[]> = {},
) {
  const names: string[] = [];
  const read: string[] = [];
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const compiled = compileFormula(parsed.tree, (ref) => {
    if (!(ref.kpi in values) && !(ref.kpi in history)) return NO_SLOT;
    if (!names.includes(ref.kpi)) names.push(ref.kpi);
    return names.indexOf(ref.kpi);
  });
  const inputs: FormulaInputs = {
    value(slot, back) {
      const name = names[slot]!;
      read.push(back === 0 ? name : `${name}-${back}`);
      if (back > 0) return history[name]?.[back - 1] ?? NaN;
      return values[name] ?? NaN;
    },
  };
  const result = evaluateFormula(compiled, inputs);
  return { value: Number.isNaN(result) ? null : result, read };
}

const value = (text: string, values: Record<string, number | null> = {}, history = {}) =>
  run(text, values, history).value;

describe('evaluateFormula', () => {
  it('computes arithmetic with the usual precedence', () => {
    expect(value('[orders] / [visits] * 100', { orders: 30, visits: 1000 })).toBeCloseTo(3);
    expect(value('([revenue] - [cost]) / [revenue]', { revenue: 200, cost: 150 })).toBe(0.25);
    expect(value('2 ^ 3 ^ 2')).toBe(512);
    expect(value('-2 ^ 2')).toBe(-4);
    expect(value('7 % 3')).toBe(1);
  });

  it('gives null, never zero, when an operand has no data', () => {
    expect(value('[a] + 1', { a: null })).toBeNull();
    expect(value('[a] * 0', { a: null })).toBeNull();
    expect(value('[a] > 1', { a: null })).toBeNull();
    expect(value('[a] == [a]', { a: null })).toBeNull();
    expect(value('not [a]', { a: null })).toBeNull();
    expect(value('-[a]', { a: null })).toBeNull();
    expect(value('[a] and 1', { a: null })).toBeNull();
  });

  it('gives null for division by zero and any non-finite result', () => {
    expect(value('1 / 0')).toBeNull();
    expect(value('0 / 0')).toBeNull();
    expect(value('5 % 0')).toBeNull();
    expect(value('10 ^ 400')).toBeNull();
    expect(value('[a] / [b]', { a: 3, b: 0 })).toBeNull();
  });

  it('skips nulls in sum, avg, min and max, and is null only when all are null', () => {
    const v = { a: 2, b: null, c: 6 };
    expect(value('sum([a], [b], [c])', v)).toBe(8);
    expect(value('avg([a], [b], [c])', v)).toBe(4);
    expect(value('min([a], [b], [c])', v)).toBe(2);
    expect(value('max([a], [b], [c])', v)).toBe(6);
    expect(value('sum([b])', v)).toBeNull();
    expect(value('avg([b], [b])', v)).toBeNull();
  });

  it('counts the arguments that have a value', () => {
    expect(value('count([a], [b], [c])', { a: 1, b: null, c: 0 })).toBe(2);
    expect(value('count([b])', { b: null })).toBe(0);
  });

  it('takes the first value present with coalesce', () => {
    expect(value('coalesce([a], [b], 0)', { a: null, b: 5 })).toBe(5);
    expect(value('coalesce([a], [b])', { a: null, b: null })).toBeNull();
    expect(value('coalesce([a], 0)', { a: 0 })).toBe(0);
  });

  it('evaluates only the branch if() takes, and is null for a null condition', () => {
    const taken = run('if([a] > 0, [b], [c])', { a: 1, b: 10, c: 20 });
    expect(taken).toEqual({ value: 10, read: ['a', 'b'] });
    expect(value('if([a] > 0, [b], [c])', { a: -1, b: 10, c: 20 })).toBe(20);
    expect(value('if([a], 1, 2)', { a: null })).toBeNull();
    expect(value('if([a] != 0, [b] / [a], 0)', { a: 0, b: 4 })).toBe(0);
  });

  it('rounds half away from zero on the digits as written', () => {
    expect(value('round(2.5)')).toBe(3);
    expect(value('round(-2.5)')).toBe(-3);
    expect(value('round(1.005, 2)')).toBe(1.01);
    expect(value('round(1234.5, -2)')).toBe(1200);
    expect(value('round(0.0000001234, 9)')).toBe(0.000000123);
    expect(value('round(1.5, 0.5)')).toBeNull();
    expect(value('round([a], 1)', { a: null })).toBeNull();
  });

  it('reads prev() n periods back, one by default', () => {
    const history = { revenue: [80, 70, 60] };
    expect(value('[revenue] / prev([revenue]) - 1', { revenue: 100 }, history)).toBeCloseTo(0.25);
    expect(run('prev([revenue], 3)', { revenue: 100 }, history)).toEqual({
      value: 60,
      read: ['revenue-3'],
    });
    expect(value('prev([revenue], 4)', { revenue: 100 }, history)).toBeNull();
  });

  it('gives comparisons and logic as 1 and 0', () => {
    expect(value('[a] >= 3', { a: 3 })).toBe(1);
    expect(value('[a] != 3', { a: 3 })).toBe(0);
    expect(value('[a] > 1 and [a] < 5', { a: 3 })).toBe(1);
    expect(value('[a] < 1 or [a] > 5', { a: 3 })).toBe(0);
    expect(value('not 0')).toBe(1);
  });

  it('reads an unresolved reference as null', () => {
    expect(value('[missing] + 1')).toBeNull();
  });
});
