import type { MyUpdatesRequest, OwedValueResponse as OwedValue } from '@bearing/core';
import { parseNumberCell } from '../../lib/parse-number.ts';

/** One row's typed text, keyed by `rowKey`. */
export type Drafts = Readonly<Record<string, string>>;

export const rowKey = (item: OwedValue): string => `${item.scorecard}/${item.kpi}/${item.period}`;

export type FormCheck =
  | { readonly ok: true; readonly body: MyUpdatesRequest; readonly keys: readonly string[] }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/**
 * What "Save all" sends: every row with a typed value that differs from the stored one, read as
 * a person types it ("62,5", "1,234.5", "12%"). Text that is not a number is marked at its row
 * and nothing is sent, so the save stays all or nothing.
 */
export function checkForm(items: readonly OwedValue[], drafts: Drafts): FormCheck {
  const errors: Record<string, string> = {};
  const values: MyUpdatesRequest['values'][number][] = [];
  const keys: string[] = [];
  for (const item of items) {
    const key = rowKey(item);
    const text = drafts[key];
    if (text === undefined) continue;
    const cell = parseNumberCell(text);
    if (!cell.ok) {
      errors[key] = cell.message;
      continue;
    }
    if (cell.value === null || cell.value === item.value) continue;
    values.push({
      scorecard: item.scorecard,
      kpi: item.kpi,
      period: item.period,
      value: cell.value,
    });
    keys.push(key);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: { values }, keys };
}

/** The row a server error names: `body.values.3.value` → the fourth value sent. */
export function rowOfErrorPath(path: string | undefined, keys: readonly string[]): string | null {
  const match = /^body\.values\.(\d+)(\.|$)/.exec(path ?? '');
  if (!match) return null;
  return keys[Number(match[1])] ?? null;
}
