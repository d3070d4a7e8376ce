/**
 * The value-entry grid of a KPI page: one row per period of the KPI's frequency in the chosen
 * range (newest first), plus any value stored for another kind of period inside the range (a
 * yearly figure on a monthly KPI), so no stored value is hidden. And the parsing of a typed cell.
 */
import { putValueInput } from '@bearing/core';
import type { StoredValue } from '../../api/types.ts';
import { issuesToFieldErrors } from '../../components/forms/field-errors.ts';
import { parseKey, periodsOf, type PeriodRangeKeys } from '../../lib/period-range.ts';
import { parseNumberCell } from '../../lib/parse-number.ts';
import { periodLabel } from '../../lib/periods.ts';

export interface GridRow {
  readonly period: string;
  readonly label: string;
  readonly stored: StoredValue | null;
  /** False for a value stored for a period of another kind than the KPI's frequency. */
  readonly regular: boolean;
}

export function gridRows(range: PeriodRangeKeys | null, values: readonly StoredValue[]): GridRow[] {
  if (!range) return [];
  const periods = periodsOf(range);
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return [];
  const byKey = new Map(values.map((v) => [v.period, v]));
  const rows: (GridRow & { start: number; end: number })[] = periods.map((p) => ({
    period: p.key,
    label: periodLabel(p.key),
    stored: byKey.get(p.key) ?? null,
    regular: true,
    start: p.start,
    end: p.end,
  }));
  const regular = new Set(periods.map((p) => p.key as string));
  for (const value of values) {
    const p = parseKey(value.period);
    if (!p || regular.has(p.key) || p.start < first.start || p.end > last.end) continue;
    rows.push({
      period: p.key,
      label: periodLabel(p.key),
      stored: value,
      regular: false,
      start: p.start,
      end: p.end,
    });
  }
  // Newest first; of two periods ending together the shorter (Jun before Q2) comes first.
  rows.sort((a, b) => b.end - a.end || b.start - a.start);
  return rows.map(({ start: _s, end: _e, ...row }) => row);
}

export type CellParse =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * A typed value cell, read the way the data-entry grid reads pasted cells (lib/parse-number):
 * "1,234.5", "62,5", "12%" and "€1,200" are numbers; "abc" is not, and says so.
 */
export function parseValueCell(text: string): CellParse {
  const cell = parseNumberCell(text);
  if (!cell.ok) return { kind: 'invalid', message: cell.message };
  return cell.value === null ? { kind: 'empty' } : { kind: 'number', value: cell.value };
}

export interface ValueBody {
  readonly value: number;
  readonly comment: string | null;
  readonly version?: number;
}

export type DraftCheck =
  | { readonly ok: true; readonly body: ValueBody }
  | { readonly ok: false; readonly errors: { value?: string; comment?: string } };

/**
 * A row's draft checked as the PUT body: the value cell parsed, then the shared schema
 * (`putValueInput`) over the body. `version` is the stored value's, or 0 for "must be new".
 */
export function checkDraft(
  valueText: string,
  commentText: string,
  stored: StoredValue | null,
): DraftCheck {
  const cell = parseValueCell(valueText);
  if (cell.kind === 'invalid') return { ok: false, errors: { value: cell.message } };
  if (cell.kind === 'empty') {
    return {
      ok: false,
      errors: {
        value: stored ? 'Enter a number, or delete the value' : 'Enter a number',
      },
    };
  }
  const trimmed = commentText.trim();
  const body = {
    value: cell.value,
    comment: trimmed === '' ? null : trimmed,
    version: stored?.version ?? 0,
  };
  const parsed = putValueInput.safeParse(body);
  if (!parsed.success) return { ok: false, errors: issuesToFieldErrors(parsed.error.issues) };
  return { ok: true, body };
}

/** The text a cell starts with: the stored value as typed (full precision, no grouping). */
export function cellText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * True when the draft differs from what is stored. The value is compared as a number, so
 * "3.60" over a stored 3.6 is no change; an untouched empty row is not one either.
 */
export function isDirty(
  valueText: string,
  commentText: string,
  stored: StoredValue | null,
): boolean {
  const cell = parseValueCell(valueText);
  const valueChanged =
    cell.kind === 'number'
      ? cell.value !== stored?.value
      : valueText.trim() !== cellText(stored?.value);
  return valueChanged || commentText.trim() !== (stored?.comment ?? '');
}
