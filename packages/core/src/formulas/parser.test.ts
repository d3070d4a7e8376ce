import { describe, expect, it } from 'vitest';
import type { FormulaNode } from './ast.ts';
import { referencesOf } from './ast.ts';
import { parseFormula } from './parser.ts';

/** The tree as a compact string, to read precedence at a glance. */
function show(node: FormulaNode): string {
  switch (node.kind) {
    case 'number':
      return String(node.value);
    case 'ref':
      return `[${node.scorecard === null ? '' : `${node.scorecard}/`}${node.kpi}]`;
    case 'unary':
      return `(${node.op} ${show(node.operand)})`;
    case 'binary':
      return `(${show(node.left)} ${node.op} ${show(node.right)})`;
    case 'call':
      return `${node.name}(${node.args.map(show).join(', ')})`;
  }
}

function tree(text: string): string {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`did not parse: ${parsed.error.message}`);
  return show(parsed.tree);
}

function error(text: string) {
  const parsed = parseFormula(text);
  if (parsed.ok) throw new Error(`parsed: ${show(parsed.tree)}`);
  return parsed.error;
}

describe('parseFormula', () => {
  it.each([
    ['[orders] / [visits] * 100', '(([orders] / [visits]) * 100)'],
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['(1 + 2) * 3', '((1 + 2) * 3)'],
    ['2 ^ 3 ^ 2', '(2 ^ (3 ^ 2))'],
    ['-2 ^ 2', '(- (2 ^ 2))'],
    ['2 ^ -1', '(2 ^ (- 1))'],
    ['10 - 4 - 3', '((10 - 4) - 3)'],
    ['7 % 3 * 2', '((7 % 3) * 2)'],
    ['[a] > 1 and [b] < 2 or not [c]', '((([a] > 1) and ([b] < 2)) or (not [c]))'],
    ['not [a] == 1', '(not ([a] == 1))'],
    ['[a] + 1 >= [b] * 2', '(([a] + 1) >= ([b] * 2))'],
    [
      'AVG([rnd/critical-problems-score], [quality-audit])',
      'avg([rnd/critical-problems-score], [quality-audit])',
    ],
    ['if([a] != 0, [b] / [a], 0)', 'if(([a] != 0), ([b] / [a]), 0)'],
    ['prev([revenue], 12)', 'prev([revenue], 12)'],
    ['1e3 + .5 + 0.25', '((1000 + 0.5) + 0.25)'],
    ['[ spaced-id ]', '[spaced-id]'],
    ['+[a]', '[a]'],
  ])('parses %s by the precedence of formulas.md', (text, expected) => {
    expect(tree(text)).toBe(expected);
  });

  it('keeps source spans, so later checks can point at a reference', () => {
    const parsed = parseFormula('sum([a], [shop/b])');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(referencesOf(parsed.tree).map((r) => [r.kpi, r.start, r.end])).toEqual([
      ['a', 4, 7],
      ['b', 9, 17],
    ]);
  });

  it.each([
    ['', 'the formula is empty', 0],
    ['[a] +', 'the formula ends too early', 5],
    ['[a] [b]', 'expected an operator before the reference [b]', 4],
    ['([a] + 1', 'expected ")" (for the one at character 1), the formula ends', 0],
    ['[a] + 1)', 'unexpected ")" after a complete expression', 7],
    ['[a', 'a reference is not closed', 0],
    ['[]', 'an empty reference', 0],
    ['[a/b/c]', '"a/b/c" is not a KPI reference', 0],
    ['[a] = 1', 'unexpected "="', 4],
    ['revenue * 2', '"revenue" is not a value', 0],
    ['2x', '"2x" is not a number', 0],
    ['1 < [a] < 3', 'comparisons cannot be chained (< then <)', 0],
    ['* 2', 'expected a value before "*"', 0],
    ['sum([a],)', 'expected a value before ")"', 8],
  ])('refuses %j: %s (at offset %i)', (text, message, start) => {
    const e = error(text);
    expect(e.message).toBe(message);
    expect(e.span.start).toBe(start);
  });

  it('gives a hint with each syntax error', () => {
    expect(error('[a] = 1').hint).toMatch(/==/);
    expect(error('revenue * 2').hint).toMatch(/\[revenue\]/);
    expect(error('[a] && [b]').hint).toMatch(/and/);
  });
});
