import type { Period } from '@bearing/core';
import {
  ConflictError,
  type Executor,
  type KpiValueRecord,
  type WriteContext,
  deleteValue,
  listValues,
  writeOneValue,
} from '@bearing/db';

export interface WriteValueInput {
  readonly value: number;
  readonly comment: string | null;
  /** 0: must not exist yet; undefined: write regardless. */
  readonly version: number | undefined;
}

/** Writes one value; the answer is the value as stored (the repository returns it, no re-read). */
export function writeValue(
  db: Executor,
  address: { readonly workspace: string; readonly scorecard: string; readonly kpi: string },
  period: Period,
  input: WriteValueInput,
  ctx: WriteContext,
): Promise<{ readonly created: boolean; readonly stored: KpiValueRecord }> {
  const { workspace, scorecard, kpi } = address;
  return writeOneValue(
    db,
    workspace,
    scorecard,
    kpi,
    { period: period.key, value: input.value, comment: input.comment },
    ctx,
    input.version,
  );
}

/**
 * Deletes one value. The repository takes no version for values, so the optional one is checked
 * here, inside the same transaction as the delete.
 */
export function deleteValueChecked(
  db: Executor,
  address: { readonly workspace: string; readonly scorecard: string; readonly kpi: string },
  period: Period,
  expected: number | undefined,
  ctx: WriteContext,
): Promise<void> {
  const { workspace, scorecard, kpi } = address;
  return db.transaction().execute(async (trx) => {
    if (expected !== undefined) {
      const range = { from: period.key, to: period.key };
      const current = (await listValues(trx, workspace, scorecard, kpi, range)).find(
        (v) => v.period === period.key,
      );
      if (current !== undefined && current.version !== expected) {
        throw new ConflictError('KPI value', `${kpi}@${period.key}`, expected, current);
      }
    }
    await deleteValue(trx, workspace, scorecard, kpi, period.key, ctx);
  });
}
