import { describe, expect, it } from 'vitest';
import type { Cell } from './cell.ts';
import { parsePeriodCell } from './period-cell.ts';

describe('parsePeriodCell', () => {
  it.each<[string, Cell, string]>([
    ['a month key', '2026-03', '2026-03'],
    ['a quarter key', '2026-Q1', '2026-Q1'],
    ['a lower-case quarter key', '2026-q1', '2026-Q1'],
    ['a half key', '2026-H2', '2026-H2'],
    ['a year as text', '2026', '2026'],
    ['a year as a number cell', 2026, '2026'],
    ['an ISO week', '2026-W09', '2026-W09'],
    ['a day key', '2026-03-15', '2026-03-15'],
    ['a key with spaces around it', '  2026-03 ', '2026-03'],
    ['a date cell (that day)', { date: '2026-03-31' }, '2026-03-31'],
    ['a short month name', 'Mar 2026', '2026-03'],
    ['a full month name', 'March 2026', '2026-03'],
    ['a month name in any case', 'DECEMBER 2025', '2025-12'],
    ['a month name with a dot', 'Sept. 2026', '2026-09'],
    ['a month name with a dash', 'Jun-2026', '2026-06'],
  ])('reads %s', (_, cell, key) => {
    expect(parsePeriodCell(cell)).toEqual({ ok: true, value: key });
  });

  it.each<[string, Cell, string]>([
    ['an empty cell', null, 'empty'],
    ['a decimal number', 2026.5, 'a number is a year'],
    ['a month out of range', '2026-13', 'a month is 01 to 12'],
    ['an unknown month name', 'Marz 2026', 'is not a period key'],
    ['a two-letter month', 'Ma 2026', 'is not a period key'],
    ['words', 'last month', 'is not a period key'],
    ['a day that does not exist', '2026-02-30', 'has days 01 to 28'],
  ])('refuses %s, saying why', (_, cell, why) => {
    const parsed = parsePeriodCell(cell);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(why);
  });
});
