import { type Executor, calculatedKpiKeys, listKpis } from '@bearing/db';
import { ApiError } from '../errors.ts';

const HINT = 'if this percentage can be negative (e.g. growth), set allowNegative: true on the KPI';

/**
 * A calculated KPI takes no values (formulas.md), and a `%` KPI takes negative values only with
 * `allowNegative` (scoring.md §2). The strategy file is checked for both when it is validated;
 * value writes bypass that check, so the same rules are applied here, and the API refuses
 * exactly what `bearing validate` refuses.
 */
export async function assertValueWrites(
  db: Executor,
  workspace: string,
  scorecard: string,
  entries: readonly { readonly kpi: string; readonly value: number; readonly path: string }[],
): Promise<void> {
  const calculated = await calculatedKpiKeys(db, workspace, scorecard, [
    ...new Set(entries.map((e) => e.kpi)),
  ]);
  const refused = entries.find((e) => calculated.has(e.kpi));
  if (refused !== undefined) {
    throw new ApiError(
      'CALCULATED_KPI',
      `KPI "${refused.kpi}" is calculated from its formula and takes no values; enter the values of the KPIs its formula uses`,
      refused.path,
    );
  }
  const negative = entries.filter((e) => e.value < 0);
  if (negative.length === 0) return;
  const kpis = new Map((await listKpis(db, workspace, scorecard)).map((k) => [k.id as string, k]));
  for (const entry of negative) {
    const kpi = kpis.get(entry.kpi);
    if (kpi?.unit === '%' && !kpi.allowNegative) {
      throw new ApiError(
        'INVALID_SCALE',
        `KPI "${entry.kpi}" is a % KPI and cannot be negative (got ${entry.value}); ${HINT}`,
        entry.path,
      );
    }
  }
}
