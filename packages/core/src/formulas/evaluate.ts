import type { CompiledFormula } from './compile.ts';

/**
 * Where a formula's inputs come from: the value of input `slot` as of the period being scored,
 * or `back` periods before it. NaN stands for null (no data), as everywhere in the engine.
 */
export interface FormulaInputs {
  value(slot: number, back: number): number;
}

/**
 * Evaluates a compiled formula (formulas.md "Evaluation"). Null is NaN and never zero:
 * arithmetic and comparisons with a null operand are null; the list functions skip nulls;
 * `if` evaluates only the branch it takes, so an input in the other branch is never read (and
 * cannot make the result stale); division by zero and any non-finite result are null.
 */
export function evaluateFormula(f: CompiledFormula, inputs: FormulaInputs): number {
  switch (f.k) {
    case 'num':
      return f.value;
    case 'ref':
      return inputs.value(f.slot, f.back);
    case 'neg':
      return -evaluateFormula(f.a, inputs);
    case 'not': {
      const a = evaluateFormula(f.a, inputs);
      return Number.isNaN(a) ? NaN : a === 0 ? 1 : 0;
    }
    case 'bin':
      return binary(f.op, evaluateFormula(f.a, inputs), evaluateFormula(f.b, inputs));
    case 'if': {
      const cond = evaluateFormula(f.cond, inputs);
      if (Number.isNaN(cond)) return NaN;
      return evaluateFormula(cond !== 0 ? f.a : f.b, inputs);
    }
    case 'fn':
      return call(f.name, f.args, inputs);
  }
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : NaN;
}

function binary(op: string, a: number, b: number): number {
  // NaN propagates through arithmetic by itself; comparisons need the explicit check.
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  switch (op) {
    case '+':
      return finite(a + b);
    case '-':
      return finite(a - b);
    case '*':
      return finite(a * b);
    case '/':
      return b === 0 ? NaN : finite(a / b);
    case '%':
      return b === 0 ? NaN : finite(a % b);
    case '^':
      return finite(a ** b);
    case '==':
      return a === b ? 1 : 0;
    case '!=':
      return a !== b ? 1 : 0;
    case '<':
      return a < b ? 1 : 0;
    case '<=':
      return a <= b ? 1 : 0;
    case '>':
      return a > b ? 1 : 0;
    case '>=':
      return a >= b ? 1 : 0;
    case 'and':
      return a !== 0 && b !== 0 ? 1 : 0;
    case 'or':
      return a !== 0 || b !== 0 ? 1 : 0;
    default:
      return NaN;
  }
}

function call(name: string, args: readonly CompiledFormula[], inputs: FormulaInputs): number {
  switch (name) {
    case 'coalesce':
      for (const a of args) {
        const v = evaluateFormula(a, inputs);
        if (!Number.isNaN(v)) return v;
      }
      return NaN;
    case 'abs':
      return Math.abs(evaluateFormula(args[0]!, inputs));
    case 'round':
      return round(
        evaluateFormula(args[0]!, inputs),
        args[1] === undefined ? 0 : evaluateFormula(args[1], inputs),
      );
    default:
      return list(name, args, inputs);
  }
}

/** sum, avg, min, max, count over the arguments that have a value. */
function list(name: string, args: readonly CompiledFormula[], inputs: FormulaInputs): number {
  let n = 0;
  let acc = 0;
  for (const a of args) {
    const v = evaluateFormula(a, inputs);
    if (Number.isNaN(v)) continue;
    if (n === 0) acc = v;
    else if (name === 'min') acc = Math.min(acc, v);
    else if (name === 'max') acc = Math.max(acc, v);
    else acc += v;
    n++;
  }
  if (name === 'count') return n;
  if (n === 0) return NaN;
  return finite(name === 'avg' ? acc / n : acc);
}

/**
 * Rounds half away from zero, as spreadsheets do (round(-2.5) = -3), and on the decimal digits
 * as written (round(1.005, 2) = 1.01), which plain `Math.round(x * 100) / 100` gets wrong.
 */
function round(x: number, digits: number): number {
  if (Number.isNaN(x) || !Number.isInteger(digits) || Math.abs(digits) > 15) return NaN;
  const text = String(Math.abs(x));
  // Tiny or huge numbers print in exponent form already; their decimals are not "as written".
  if (text.includes('e'))
    return finite(Math.sign(x) * (Math.round(Math.abs(x) * 10 ** digits) / 10 ** digits));
  const rounded = Number(`${Math.round(Number(`${text}e${digits}`))}e${-digits}`);
  return finite(Math.sign(x) * rounded);
}
