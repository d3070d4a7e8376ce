import type { BinaryOperator, FormulaNode, Span } from './ast.ts';
import { FormulaError } from './errors.ts';
import { tokenize, type Token } from './tokens.ts';

/**
 * Binding powers, loosest first (formulas.md): or; and; not; comparisons; + -; * / %; unary -;
 * ^ (right-associative). A Pratt parser reads the table directly, so the precedence lives in
 * one place and every error can name the token where the text stopped making sense.
 */
const INFIX: Readonly<Record<string, { power: number; op: BinaryOperator }>> = {
  or: { power: 1, op: 'or' },
  and: { power: 2, op: 'and' },
  '==': { power: 4, op: '==' },
  '!=': { power: 4, op: '!=' },
  '<': { power: 4, op: '<' },
  '<=': { power: 4, op: '<=' },
  '>': { power: 4, op: '>' },
  '>=': { power: 4, op: '>=' },
  '+': { power: 5, op: '+' },
  '-': { power: 5, op: '-' },
  '*': { power: 6, op: '*' },
  '/': { power: 6, op: '/' },
  '%': { power: 6, op: '%' },
  '^': { power: 8, op: '^' },
};
const NOT_POWER = 3;
const COMPARISON_POWER = 4;
const NEGATE_POWER = 7;

export type FormulaParse =
  | { readonly ok: true; readonly tree: FormulaNode }
  | { readonly ok: false; readonly error: FormulaError };

/** Parses a formula into its syntax tree, or the first syntax error, located in the text. */
export function parseFormula(text: string): FormulaParse {
  try {
    return { ok: true, tree: new Parser(text).parseAll() };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, error };
    throw error;
  }
}

class Parser {
  private readonly tokens: Token[];
  private at = 0;

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
  }

  parseAll(): FormulaNode {
    if (this.peek().type === 'end') {
      throw new FormulaError('the formula is empty', { start: 0, end: 0 }, EXAMPLE);
    }
    const tree = this.expression(0);
    const next = this.peek();
    if (next.type !== 'end') {
      throw new FormulaError(
        `unexpected ${describe(next)} after a complete expression`,
        next,
        next.type === 'op' && next.text === ')'
          ? 'this ) has no ( to close'
          : 'join the parts with an operator such as + or *',
      );
    }
    return tree;
  }

  private expression(minPower: number): FormulaNode {
    let left = this.prefix();
    for (;;) {
      const token = this.peek();
      const infix = infixOf(token);
      if (infix === null || infix.power <= minPower) {
        if (infix === null && startsOperand(token)) {
          throw new FormulaError(
            `expected an operator before ${describe(token)}`,
            token,
            'join the parts with an operator such as + or *',
          );
        }
        return left;
      }
      this.at++;
      // ^ is right-associative and its exponent may be negated: 2 ^ -1.
      const right = infix.op === '^' ? this.expression(NEGATE_POWER) : this.expression(infix.power);
      if (infix.power === COMPARISON_POWER) this.refuseChain(left, infix.op);
      left = { kind: 'binary', op: infix.op, left, right, start: left.start, end: right.end };
    }
  }

  /** `a < b < c` reads as a range to a person and as (a < b) < c to a parser: refuse it. */
  private refuseChain(left: FormulaNode, op: BinaryOperator): void {
    const next = this.peek();
    const infix = infixOf(next);
    if (infix?.power === COMPARISON_POWER) {
      throw new FormulaError(
        `comparisons cannot be chained (${op} then ${infix.op})`,
        { start: left.start, end: next.end },
        'join two comparisons with and, e.g. [a] > 1 and [a] < 5',
      );
    }
  }

  private prefix(): FormulaNode {
    const token = this.next();
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: token.value, start: token.start, end: token.end };
      case 'ref':
        return {
          kind: 'ref',
          scorecard: token.scorecard,
          kpi: token.kpi,
          start: token.start,
          end: token.end,
        };
      case 'name':
        return this.nameOrCall(token);
      case 'op':
        if (token.text === '-') return this.unary('-', token, NEGATE_POWER);
        if (token.text === '+') return this.expression(NEGATE_POWER);
        if (token.text === '(') return this.group(token);
        throw new FormulaError(
          `expected a value before "${token.text}"`,
          token,
          'a value is a number, a [reference], a function call or an expression in ( )',
        );
      case 'end':
        throw new FormulaError('the formula ends too early', token, 'complete the last operation');
    }
  }

  private unary(op: '-' | 'not', token: Span, power: number): FormulaNode {
    const operand = this.expression(power);
    return { kind: 'unary', op, operand, start: token.start, end: operand.end };
  }

  private nameOrCall(token: Token & { type: 'name' }): FormulaNode {
    const lower = token.text.toLowerCase();
    if (lower === 'not') return this.unary('not', token, NOT_POWER);
    if (lower === 'and' || lower === 'or') {
      throw new FormulaError(`expected a value before "${lower}"`, token, null);
    }
    const open = this.peek();
    if (open.type !== 'op' || open.text !== '(') {
      throw new FormulaError(
        `"${token.text}" is not a value`,
        token,
        `refer to a KPI in brackets: [${token.text}]; a function needs ( ), e.g. ${lower}(…)`,
      );
    }
    this.at++;
    const args: FormulaNode[] = [];
    if (!this.isOp(')')) {
      for (;;) {
        args.push(this.expression(0));
        if (this.isOp(',')) {
          this.at++;
          continue;
        }
        break;
      }
    }
    const close = this.expect(')', `close ${lower}( with )`, open);
    return {
      kind: 'call',
      name: lower,
      nameSpan: { start: token.start, end: token.end },
      args,
      start: token.start,
      end: close.end,
    };
  }

  private group(open: Token): FormulaNode {
    const inner = this.expression(0);
    const close = this.expect(')', 'close the ( with )', open);
    // The group's span includes its parentheses, so errors about it underline all of it.
    return { ...inner, start: open.start, end: close.end };
  }

  private expect(text: string, hint: string, opened: Span): Token {
    const token = this.peek();
    if (token.type === 'op' && token.text === text) {
      this.at++;
      return token;
    }
    const where = token.type === 'end' ? 'the formula ends' : `found ${describe(token)}`;
    throw new FormulaError(
      `expected "${text}" (for the one ${describeOffset(opened)}), ${where}`,
      token.type === 'end' ? { start: opened.start, end: this.text.length } : token,
      hint,
    );
  }

  private isOp(text: string): boolean {
    const token = this.peek();
    return token.type === 'op' && token.text === text;
  }

  private peek(): Token {
    return this.tokens[this.at]!;
  }

  private next(): Token {
    return this.tokens[this.at++] ?? this.tokens[this.tokens.length - 1]!;
  }
}

const EXAMPLE = 'e.g. [orders] / [visits] * 100';

function infixOf(token: Token): { power: number; op: BinaryOperator } | null {
  if (token.type === 'op') return INFIX[token.text] ?? null;
  if (token.type === 'name') {
    const lower = token.text.toLowerCase();
    return lower === 'and' || lower === 'or' ? INFIX[lower]! : null;
  }
  return null;
}

function startsOperand(token: Token): boolean {
  return (
    token.type === 'number' ||
    token.type === 'ref' ||
    (token.type === 'name' && token.text.toLowerCase() !== 'and') ||
    (token.type === 'op' && token.text === '(')
  );
}

function describe(token: Token): string {
  switch (token.type) {
    case 'number':
      return `the number ${token.value}`;
    case 'ref':
      return `the reference [${token.scorecard === null ? '' : `${token.scorecard}/`}${token.kpi}]`;
    case 'name':
      return `"${token.text}"`;
    case 'op':
      return `"${token.text}"`;
    case 'end':
      return 'the end';
  }
}

function describeOffset(span: Span): string {
  return `at character ${span.start + 1}`;
}
