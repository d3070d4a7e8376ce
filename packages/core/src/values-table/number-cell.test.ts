import { describe, expect, it } from 'vitest';
import type { Cell } from './cell.ts';
import { parseNumberCell } from './number-cell.ts';

describe('parseNumberCell', () => {
  it.each<[string, Cell, '.' | ',', number, boolean]>([
    ['a numeric cell', 12.5, '.', 12.5, false],
    ['a negative numeric cell', -3, '.', -3, false],
    ['a text integer', '42', '.', 42, false],
    ['a text decimal with a dot', '12.5', '.', 12.5, false],
    ['a decimal comma in a ;-file', '12,5', ',', 12.5, false],
    ['a negative decimal comma', '-0,25', ',', -0.25, false],
    ['a typographic minus', '\u22127', '.', -7, false],
    ['a leading plus', '+3', '.', 3, false],
    ['an exponent', '1.5e3', '.', 1500, false],
    ['surrounding spaces', '  8 ', '.', 8, false],
    ['a percentage, as written', '12.5%', '.', 12.5, true],
    ['a percentage with a decimal comma', '12,5%', ',', 12.5, true],
    ['a percentage with a space', '40 %', '.', 40, true],
    ['thousands by spaces', '1 234 567', '.', 1234567, false],
    ['thousands by no-break spaces, decimal comma', '1\u00a0234,5', ',', 1234.5, false],
    ['several comma groups', '1,234,567', '.', 1234567, false],
    ['a comma group before decimals', '1,234.5', '.', 1234.5, false],
    ['several dot groups in a ;-file', '1.234.567', ',', 1234567, false],
    ['a dot group before a decimal comma', '1.234,5', ',', 1234.5, false],
    ['a decimal comma in a ,-file (quoted there)', '12,5', '.', 12.5, false],
    ['a decimal dot in a ;-file', '12.5', ',', 12.5, false],
    ['three decimals after 0 (never a thousands group)', '0,125', '.', 0.125, false],
    ['three decimals after four digits', '1234.567', ',', 1234.567, false],
    ['a negative decimal dot in a ;-file', '-4.25%', ',', -4.25, true],
  ])('reads %s', (_, cell, decimal, value, percent) => {
    expect(parseNumberCell(cell, decimal)).toEqual({ ok: true, value: { value, percent } });
  });

  it.each<[string, Cell, '.' | ',', string]>([
    ['text', 'n/a', '.', '"n/a" is not a number'],
    ['a date cell', { date: '2026-03-01' }, '.', 'is a date, not a number'],
    ['a single comma group (1.234 or 1234?)', '1,234', '.', 'ambiguous'],
    ['a single dot group in a ;-file', '1.234', ',', 'ambiguous'],
    ['a negative single group', '-1,500', '.', 'ambiguous'],
    ['both separators in the wrong order', '1.234,5', '.', 'not a number'],
    ['mixed groups', '1 234,5', '.', 'not a number'],
    ['a bare %', '%', '.', 'not a number'],
    ['two numbers', '1 2', '.', 'not a number'],
    ['infinity', Infinity, '.', 'not a number'],
  ])('refuses %s', (_, cell, decimal, why) => {
    const parsed = parseNumberCell(cell, decimal);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(why);
  });
});
