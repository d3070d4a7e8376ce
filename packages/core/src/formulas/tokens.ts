import type { Span } from './ast.ts';
import { ID_PATTERN } from '../schema/fields.ts';
import { FormulaError } from './errors.ts';

export type Token =
  | (Span & { readonly type: 'number'; readonly value: number })
  | (Span & { readonly type: 'ref'; readonly scorecard: string | null; readonly kpi: string })
  | (Span & { readonly type: 'name'; readonly text: string })
  | (Span & { readonly type: 'op'; readonly text: string })
  | (Span & { readonly type: 'end' });

const OPERATORS = ['==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '%', '^', '(', ')', ','];
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Splits a formula into tokens; the first character that fits no token is a located error. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = text.slice(i);
    const number = NUMBER.exec(rest);
    if (number !== null) {
      const end = i + number[0].length;
      if (NAME.test(text.slice(end))) {
        throw new FormulaError(
          `"${text.slice(i, end + 1)}" is not a number`,
          { start: i, end: end + 1 },
          'put an operator between a number and a name, e.g. 2 * [kpi]',
        );
      }
      tokens.push({ type: 'number', value: Number(number[0]), start: i, end });
      i = end;
      continue;
    }
    if (ch === '[') {
      tokens.push(readReference(text, i));
      i = tokens[tokens.length - 1]!.end;
      continue;
    }
    const name = NAME.exec(rest);
    if (name !== null) {
      tokens.push({ type: 'name', text: name[0], start: i, end: i + name[0].length });
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op !== undefined) {
      tokens.push({ type: 'op', text: op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    throw new FormulaError(`unexpected "${ch}"`, { start: i, end: i + 1 }, hintFor(ch));
  }
  tokens.push({ type: 'end', start: text.length, end: text.length });
  return tokens;
}

function hintFor(ch: string): string {
  if (ch === '=') return 'compare with == (equal) or != (not equal)';
  if (ch === '&' || ch === '|') return 'write and / or';
  if (ch === '!') return 'write not, or != for "not equal"';
  if (ch === ']') return 'a reference starts with [';
  if (ch === '"' || ch === "'") return 'formulas have no text; refer to a KPI as [kpi-id]';
  return 'expected a number, a [reference], a function, an operator or parentheses';
}

function readReference(text: string, start: number): Token {
  const close = text.indexOf(']', start + 1);
  const open = text.indexOf('[', start + 1);
  if (close < 0 || (open >= 0 && open < close)) {
    throw new FormulaError(
      'a reference is not closed',
      { start, end: open >= 0 ? open : text.length },
      'write it as [kpi-id] or [scorecard-id/kpi-id]',
    );
  }
  const end = close + 1;
  const inner = text.slice(start + 1, close).trim();
  // The file's id rule, so a reference can name every KPI a file can hold.
  const parts = inner.split('/').map((p) => p.trim());
  const span = { start, end };
  if (parts.length > 2 || parts.some((p) => !ID_PATTERN.test(p))) {
    throw new FormulaError(
      inner === '' ? 'an empty reference' : `"${inner}" is not a KPI reference`,
      span,
      'write [kpi-id] for a KPI of this scorecard, [scorecard-id/kpi-id] for another scorecard’s',
    );
  }
  return parts.length === 2
    ? { type: 'ref', scorecard: parts[0]!, kpi: parts[1]!, ...span }
    : { type: 'ref', scorecard: null, kpi: parts[0]!, ...span };
}
