import {
  type ValueChange,
  type ValuesDiff,
  type ValuesProblem,
  type ValuesTable,
  diffValues,
  readValuesTable,
} from '@bearing/core';
import { inTransaction, type WriteContext } from './context.ts';
import type { Executor } from './database.ts';
import { upsertValues } from './repositories/kpi-value.repository.ts';
import { loadStrategy } from './strategy-store.ts';

export interface ValuesImportRequest {
  readonly table: ValuesTable;
  /** The scorecard (id or name) of rows that name none; null: KPIs must be unambiguous. */
  readonly scorecard: string | null;
  /** Check and diff only; nothing is written. */
  readonly dryRun: boolean;
  /** Called after each written chunk with the values written so far and the total to write. */
  readonly onProgress?: (done: number, total: number) => void;
}

export type ValuesImportResult =
  | { readonly ok: true; readonly shape: 'long' | 'wide' | null; readonly diff: ValuesDiff }
  | { readonly ok: false; readonly problems: readonly ValuesProblem[] };

/** Values per write, between progress reports; all of them in the one transaction. */
const WRITE_CHUNK = 5000;

/**
 * Imports a values table into a workspace, all or nothing, in ONE transaction: the strategy is
 * loaded, the table read against it (core's values-table reader), and, when it has no problem,
 * its new and changed values written with `upsertValues`, the same path as values entered by
 * hand, so each is in the change log under `ctx.actor`. A table with problems writes nothing;
 * unchanged values are not written, so a re-import is a no-op.
 */
export function importValuesTable(
  db: Executor,
  workspaceKey: string,
  request: ValuesImportRequest,
  ctx: WriteContext,
): Promise<ValuesImportResult> {
  return inTransaction(db, async (trx) => {
    const strategy = await loadStrategy(trx, workspaceKey);
    const reading = readValuesTable(request.table, strategy, { scorecard: request.scorecard });
    if (reading.problems.length > 0) return { ok: false, problems: reading.problems };
    const diff = diffValues(strategy, reading.values);
    if (!request.dryRun)
      await writeChanges(trx, workspaceKey, diff.changes, ctx, request.onProgress);
    return { ok: true, shape: reading.shape, diff };
  });
}

async function writeChanges(
  trx: Executor,
  workspaceKey: string,
  changes: readonly ValueChange[],
  ctx: WriteContext,
  onProgress: ValuesImportRequest['onProgress'],
): Promise<void> {
  const groups = changesByScorecard(changes);
  const total = [...groups.values()].reduce((n, list) => n + list.length, 0);
  let done = 0;
  for (const [scorecard, list] of groups) {
    for (let i = 0; i < list.length; i += WRITE_CHUNK) {
      const chunk = list.slice(i, i + WRITE_CHUNK);
      await upsertValues(trx, workspaceKey, scorecard, chunk.map(valueInput), ctx);
      done += chunk.length;
      onProgress?.(done, total);
    }
  }
}

/** New and changed values by scorecard (unchanged ones need no write). */
export function changesByScorecard(changes: readonly ValueChange[]): Map<string, ValueChange[]> {
  const out = new Map<string, ValueChange[]>();
  for (const change of changes) {
    if (change.kind === 'unchanged') continue;
    const list = out.get(change.scorecard) ?? [];
    list.push(change);
    out.set(change.scorecard, list);
  }
  return out;
}

/** A change as the values repository (and the bulk values API) takes it. */
export const valueInput = (c: ValueChange) => ({
  kpi: c.kpi,
  period: c.period,
  value: c.value,
  comment: c.comment,
});
