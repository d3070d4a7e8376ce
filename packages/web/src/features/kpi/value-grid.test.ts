import { describe, expect, it } from 'vitest';
import type { StoredValue } from '../../api/types.ts';
import { cellText, checkDraft, gridRows, isDirty, parseValueCell } from './value-grid.ts';

const stored = (period: string, value: number, extra: Partial<StoredValue> = {}): StoredValue => ({
  period,
  value,
  comment: null,
  version: 1,
  author: 'local',
  updatedAt: '2026-07-01T10:00:00.000Z',
  ...extra,
});

describe('the periods of the value grid', () => {
  it('lists every period of the range newest first, with its stored value', () => {
    const rows = gridRows({ from: '2026-01', to: '2026-04' }, [
      stored('2026-02', 6.1),
      stored('2026-04', 4.8),
    ]);
    expect(rows.map((r) => [r.period, r.label, r.stored?.value ?? null])).toEqual([
      ['2026-04', 'Apr 2026', 4.8],
      ['2026-03', 'Mar 2026', null],
      ['2026-02', 'Feb 2026', 6.1],
      ['2026-01', 'Jan 2026', null],
    ]);
    expect(rows.every((r) => r.regular)).toBe(true);
  });

  it('shows values stored for another kind of period inside the range, not those outside', () => {
    // A quarterly KPI whose values were entered per month (the demo's NPS).
    const rows = gridRows({ from: '2026-Q1', to: '2026-Q2' }, [
      stored('2026-03', 28),
      stored('2026-06', 34),
      stored('2025-12', 20),
    ]);
    expect(rows.map((r) => [r.period, r.regular])).toEqual([
      ['2026-06', false],
      ['2026-Q2', true],
      ['2026-03', false],
      ['2026-Q1', true],
    ]);
  });

  it('is empty without a range', () => {
    expect(gridRows(null, [stored('2026-01', 1)])).toEqual([]);
  });
});

describe('reading a value cell', () => {
  it('reads numbers, including grouped and percent ones', () => {
    expect(parseValueCell(' 3.6 ')).toEqual({ kind: 'number', value: 3.6 });
    expect(parseValueCell('-2')).toEqual({ kind: 'number', value: -2 });
    expect(parseValueCell('1,234.5')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseValueCell('62,5')).toEqual({ kind: 'number', value: 62.5 });
    expect(parseValueCell('')).toEqual({ kind: 'empty' });
  });

  it('refuses what is not a number, saying so', () => {
    for (const text of ['abc', '1,2,3', '0x10', '3..4']) {
      const cell = parseValueCell(text);
      expect(cell.kind).toBe('invalid');
      if (cell.kind === 'invalid') expect(cell.message).toMatch(/^Not a number/);
    }
  });
});

describe('checking a row before it is sent', () => {
  it('builds the PUT body with the stored version, or 0 for a new value', () => {
    expect(checkDraft('3.2', ' July close ', null)).toEqual({
      ok: true,
      body: { value: 3.2, comment: 'July close', version: 0 },
    });
    expect(checkDraft('3.2', '', stored('2026-07', 3.3, { version: 4 }))).toEqual({
      ok: true,
      body: { value: 3.2, comment: null, version: 4 },
    });
  });

  it('refuses a value that is not a number, or none', () => {
    expect(checkDraft('lots', '', null)).toEqual({
      ok: false,
      errors: { value: "Not a number: 'lots'" },
    });
    expect(checkDraft('', 'a comment', null)).toEqual({
      ok: false,
      errors: { value: 'Enter a number' },
    });
    expect(checkDraft(' ', '', stored('2026-07', 1))).toEqual({
      ok: false,
      errors: { value: 'Enter a number, or delete the value' },
    });
  });

  it('uses the shared schema for the comment', () => {
    const long = 'x'.repeat(20_001);
    const check = checkDraft('1', long, null);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.comment).toBeDefined();
  });

  it('knows when a row differs from what is stored', () => {
    const value = stored('2026-07', 3.6, { comment: 'ok' });
    expect(isDirty('3.6', 'ok', value)).toBe(false);
    expect(isDirty('3.60 ', 'ok', value)).toBe(false);
    expect(isDirty('3.7', 'ok', value)).toBe(true);
    expect(isDirty('abc', 'ok', value)).toBe(true);
    expect(isDirty('3.6', 'changed', value)).toBe(true);
    expect(isDirty('', '', null)).toBe(false);
    expect(isDirty('', 'note', null)).toBe(true);
    expect(cellText(0.1 + 0.2)).toBe('0.30000000000000004');
  });
});
