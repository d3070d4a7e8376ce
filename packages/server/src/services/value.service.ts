import type { Period } from '@bearing/core';
import {
  ConflictError,
  type Executor,
  type KpiValueRecord,
  type WriteContext,
  deleteValue,
  listValues,
  upsertValue,
} from '@bearing/db';
import { ApiError } from '../errors.ts';

export interface WriteValueInput {
  readonly value: number;
  readonly comment: string | null;
  /** 0: must not exist yet; undefined: write regardless. */
  readonly version: number | undefined;
}

/** Writes one value and reads it back in the same transaction, so the answer is what was stored. */
export function writeValue(
  db: Executor,
  address: { readonly workspace: string; readonly scorecard: string; readonly kpi: string },
  period: Period,
  input: WriteValueInput,
  ctx: WriteContext,
): Promise<{ readonly created: boolean; readonly stored: KpiValueRecord }> {
  const { workspace, scorecard, kpi } = address;
  return db.transaction().execute(async (trx) => {
    const result = await upsertValue(
      trx,
      workspace,
      scorecard,
      kpi,
      { period: period.key, value: input.value, comment: input.comment },
      ctx,
      input.version,
    );
    const range = { from: period.key, to: period.key };
    // The range also holds finer periods inside this one (weeks in a month): pick the key.
    const stored = (await listValues(trx, workspace, scorecard, kpi, range)).find(
      (v) => v.period === period.key,
    );
    if (stored === undefined) {
      throw new ApiError('INTERNAL', `value ${kpi} ${period.key} was written but not found`);
    }
    return { created: result.created > 0, stored };
  });
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
