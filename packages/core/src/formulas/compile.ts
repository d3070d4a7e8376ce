import type { BinaryOperator, FormulaNode, RefNode } from './ast.ts';

/**
 * A checked formula with its references resolved to input slots (the engine's KPI indices), so
 * evaluation looks nothing up by name. `back` is how many periods before the one being scored a
 * reference reads: 0 for `[kpi]`, n for `prev([kpi], n)`.
 */
export type CompiledFormula =
  | { readonly k: 'num'; readonly value: number }
  | { readonly k: 'ref'; readonly slot: number; readonly back: number }
  | { readonly k: 'neg' | 'not'; readonly a: CompiledFormula }
  | {
      readonly k: 'bin';
      readonly op: BinaryOperator;
      readonly a: CompiledFormula;
      readonly b: CompiledFormula;
    }
  | {
      readonly k: 'if';
      readonly cond: CompiledFormula;
      readonly a: CompiledFormula;
      readonly b: CompiledFormula;
    }
  | { readonly k: 'fn'; readonly name: string; readonly args: readonly CompiledFormula[] };

/** A reference that resolves to no slot reads as null (the checks refuse such formulas first). */
export const NO_SLOT = -1;

/** Compiles a tree that passed `checkFormulaTree`; `resolve` maps a reference to its slot. */
export function compileFormula(
  tree: FormulaNode,
  resolve: (ref: RefNode) => number,
): CompiledFormula {
  const compile = (node: FormulaNode): CompiledFormula => {
    switch (node.kind) {
      case 'number':
        return { k: 'num', value: node.value };
      case 'ref':
        return { k: 'ref', slot: resolve(node), back: 0 };
      case 'unary':
        return { k: node.op === '-' ? 'neg' : 'not', a: compile(node.operand) };
      case 'binary':
        return { k: 'bin', op: node.op, a: compile(node.left), b: compile(node.right) };
      case 'call':
        return compileCall(node.name, node.args, compile, resolve);
    }
  };
  return compile(tree);
}

function compileCall(
  name: string,
  args: readonly FormulaNode[],
  compile: (node: FormulaNode) => CompiledFormula,
  resolve: (ref: RefNode) => number,
): CompiledFormula {
  if (name === 'prev') {
    const [ref, n] = args;
    const back = n?.kind === 'number' ? n.value : 1;
    return ref?.kind === 'ref' ? { k: 'ref', slot: resolve(ref), back } : NULL_VALUE;
  }
  if (name === 'if') {
    const [cond, a, b] = args.map(compile);
    return { k: 'if', cond: cond ?? NULL_VALUE, a: a ?? NULL_VALUE, b: b ?? NULL_VALUE };
  }
  return { k: 'fn', name, args: args.map(compile) };
}

const NULL_VALUE: CompiledFormula = { k: 'num', value: NaN };

/** The (slot, back) pairs a formula reads, in source order, each once: `back` > 0 for prev(). */
export function formulaReads(formula: CompiledFormula): { slot: number; back: number }[] {
  const out: { slot: number; back: number }[] = [];
  const seen = new Set<string>();
  const visit = (f: CompiledFormula): void => {
    switch (f.k) {
      case 'ref': {
        const key = `${f.slot}:${f.back}`;
        if (f.slot !== NO_SLOT && !seen.has(key)) {
          seen.add(key);
          out.push({ slot: f.slot, back: f.back });
        }
        return;
      }
      case 'neg':
      case 'not':
        visit(f.a);
        return;
      case 'bin':
        visit(f.a);
        visit(f.b);
        return;
      case 'if':
        visit(f.cond);
        visit(f.a);
        visit(f.b);
        return;
      case 'fn':
        f.args.forEach(visit);
        return;
      case 'num':
        return;
    }
  };
  visit(formula);
  return out;
}
