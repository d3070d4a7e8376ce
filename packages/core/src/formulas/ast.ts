/**
 * The syntax tree of a KPI formula (docs/scoring.md "Calculated KPIs"). Every node keeps its
 * source span (`start` inclusive, `end` exclusive, 0-based offsets into the formula text), so a
 * problem found after parsing — an unknown reference, a wrong argument count — still points at
 * the characters that caused it.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface NumberNode extends Span {
  readonly kind: 'number';
  readonly value: number;
}

/** `[kpi]` (same scorecard) or `[scorecard/kpi]`. */
export interface RefNode extends Span {
  readonly kind: 'ref';
  readonly scorecard: string | null;
  readonly kpi: string;
}

export type UnaryOperator = '-' | 'not';
export interface UnaryNode extends Span {
  readonly kind: 'unary';
  readonly op: UnaryOperator;
  readonly operand: FormulaNode;
}

export const BINARY_OPERATORS = [
  'or',
  'and',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
] as const;
export type BinaryOperator = (typeof BINARY_OPERATORS)[number];

export interface BinaryNode extends Span {
  readonly kind: 'binary';
  readonly op: BinaryOperator;
  readonly left: FormulaNode;
  readonly right: FormulaNode;
}

export interface CallNode extends Span {
  readonly kind: 'call';
  /** Lower-cased: function names are case-insensitive. */
  readonly name: string;
  /** The span of the name alone, for "unknown function". */
  readonly nameSpan: Span;
  readonly args: readonly FormulaNode[];
}

export type FormulaNode = NumberNode | RefNode | UnaryNode | BinaryNode | CallNode;

/** Every reference in a tree, in source order (duplicates kept: each has its own span). */
export function referencesOf(node: FormulaNode): RefNode[] {
  const out: RefNode[] = [];
  const visit = (n: FormulaNode): void => {
    switch (n.kind) {
      case 'ref':
        out.push(n);
        return;
      case 'unary':
        visit(n.operand);
        return;
      case 'binary':
        visit(n.left);
        visit(n.right);
        return;
      case 'call':
        n.args.forEach(visit);
        return;
      case 'number':
        return;
    }
  };
  visit(node);
  return out;
}
