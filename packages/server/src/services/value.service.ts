import type { Period } from '@bearing/core';
import {
  type Executor,
  type KpiValueRecord,
  type WriteContext,
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
