/**
 * What the owner typed, per KPI and period, and what it means: unchanged, a change to send, or a
 * cell error that is shown under the cell and not sent. Pure, so the rules are tested directly.
 */
import { isApiError } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';
import { formatNumber } from '../../lib/format.ts';
import { parseNumberCell } from '../../lib/parse-number.ts';
import type { EntryRow } from './entry-rows.ts';
import { splitPaste } from './paste.ts';

export interface Draft {
  readonly value: string;
  readonly comment: string;
}

export type Drafts = ReadonlyMap<string, Draft>;

/** One entry of the bulk body `PUT …/values` (docs/api.md). */
export interface BulkEntry {
  readonly kpi: string;
  readonly period: string;
  readonly value: number;
  readonly comment: string | null;
}

export const draftKey = (row: Pick<EntryRow, 'kpi' | 'period'>) => `${row.kpi}@${row.period}`;

/** The inputs start with what is stored; typing "1234.5" style keeps the number exact. */
export function initialDraft(row: EntryRow): Draft {
  return {
    value: row.stored ? String(row.stored.value) : '',
    comment: row.stored?.comment ?? '',
  };
}

export function draftOf(drafts: Drafts, row: EntryRow): Draft {
  return drafts.get(draftKey(row)) ?? initialDraft(row);
}

export interface CellState {
  /** Differs from what is stored. */
  readonly dirty: boolean;
  readonly error: string | null;
  /** What to send; null when unchanged or in error. */
  readonly entry: BulkEntry | null;
}

const CLEAN: CellState = { dirty: false, error: null, entry: null };

export function cellState(row: EntryRow, draft: Draft): CellState {
  // Its value is computed from its formula; the server refuses one typed in (CALCULATED_KPI).
  if (row.calculated) return CLEAN;
  const parsed = parseNumberCell(draft.value);
  if (!parsed.ok) return { dirty: true, error: parsed.message, entry: null };
  const comment = draft.comment.trim() === '' ? null : draft.comment.trim();
  if (parsed.value === null) {
    if (row.stored) {
      return {
        dirty: true,
        error: `Empty: the stored ${formatNumber(row.stored.value)} stays (delete values on the KPI page)`,
        entry: null,
      };
    }
    return comment === null
      ? CLEAN
      : { dirty: true, error: 'Enter a value to save the comment', entry: null };
  }
  if (row.stored?.value === parsed.value && (row.stored.comment ?? null) === comment) return CLEAN;
  return {
    dirty: true,
    error: null,
    entry: { kpi: row.kpi, period: row.period, value: parsed.value, comment },
  };
}

export interface Changes {
  readonly entries: readonly BulkEntry[];
  /** Cells with an error: not sent. */
  readonly invalid: number;
}

/** Every change over all rows (also those hidden by the owner filter). */
export function collectChanges(rows: readonly EntryRow[], drafts: Drafts): Changes {
  const entries: BulkEntry[] = [];
  let invalid = 0;
  for (const row of rows) {
    const draft = drafts.get(draftKey(row));
    if (draft === undefined) continue;
    const state = cellState(row, draft);
    if (state.entry) entries.push(state.entry);
    else if (state.error) invalid++;
  }
  return { entries, invalid };
}

export interface Pasted {
  readonly drafts: Drafts;
  readonly filled: number;
  /** Lines with no row left below to go into. */
  readonly overflow: number;
  /** Calculated KPIs passed over: they take no value. */
  readonly skipped: number;
}

/**
 * Fills the rows from `start` down with a pasted column: the first cell of each line is the
 * value, a second one (a copied neighbour column) the comment. Calculated KPIs have no cell, so
 * the lines go to the next KPIs that take a value, and the ones passed over are counted. Lines
 * beyond the last row are counted, not lost silently.
 */
export function applyPaste(
  rows: readonly EntryRow[],
  start: number,
  text: string,
  drafts: Drafts,
): Pasted {
  const lines = splitPaste(text);
  const next = new Map(drafts);
  let filled = 0;
  let skipped = 0;
  let at = start;
  for (const cells of lines) {
    while (rows[at]?.calculated === true) {
      skipped++;
      at++;
    }
    const row = rows[at];
    if (row === undefined) break;
    const current = draftOf(next, row);
    next.set(draftKey(row), {
      value: (cells[0] ?? '').trim(),
      comment: cells.length > 1 ? (cells[1] ?? '').trim() : current.comment,
    });
    filled++;
    at++;
  }
  return { drafts: next, filled, overflow: lines.length - filled, skipped };
}

export interface SaveErrors {
  /** By draft key: shown under that KPI's cell. */
  readonly byKey: ReadonlyMap<string, string>;
  /** What could not be pinned to one KPI. */
  readonly general: string | null;
}

const ENTRY_PATH = /^body\.values\.(\d+)\.(\w+)$/;
const KPI_IN_MESSAGE = /KPI "(?:[^"/]+\/)?([^"]+)"/;

/**
 * Pins a failed bulk write on the KPIs it names: a validation issue's path names the entry
 * (`body.values.3.value`), a missing KPI is named in the message.
 */
export function saveErrors(error: unknown, sent: readonly BulkEntry[]): SaveErrors {
  const byKey = new Map<string, string>();
  if (!isApiError(error)) return { byKey, general: describeError(error) };
  const loose: string[] = [];
  for (const issue of error.body.issues ?? []) {
    const match = ENTRY_PATH.exec(issue.path);
    const entry = match ? sent[Number(match[1])] : undefined;
    if (match && entry) byKey.set(draftKey(entry), `${match[2] ?? ''}: ${issue.message}`);
    else loose.push(issue.message);
  }
  const named = error.body.issues ? undefined : KPI_IN_MESSAGE.exec(error.message)?.[1];
  if (named !== undefined) {
    for (const entry of sent) if (entry.kpi === named) byKey.set(draftKey(entry), error.message);
  }
  if (loose.length > 0) return { byKey, general: loose.join('; ') };
  return { byKey, general: byKey.size > 0 ? null : describeError(error) };
}
