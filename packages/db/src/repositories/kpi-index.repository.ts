import { parseFormula, referencesOf } from '@bearing/core';
import type { Executor } from '../database.ts';
import { InUseError } from '../errors.ts';
import { workspaceIdOf } from './scope.ts';

/** One KPI of a workspace as far as references go: where it sits, its name, its formula. */
export interface KpiIndexEntry {
  readonly scorecard: string;
  readonly scorecardName: string;
  readonly objective: string;
  readonly perspective: string;
  readonly id: string;
  readonly name: string;
  readonly unit: string | null;
  readonly formula: string | null;
}

/**
 * Every KPI of a workspace without values or targets, in file order: what formula references
 * may name (checks, completion in the web app, deletes that a formula still uses). One query.
 */
export async function listKpiIndex(db: Executor, workspaceKey: string): Promise<KpiIndexEntry[]> {
  const workspaceId = await workspaceIdOf(db, workspaceKey);
  const rows = await db
    .selectFrom('kpis')
    .innerJoin('objectives', 'objectives.id', 'kpis.objective_id')
    .innerJoin('perspectives', 'perspectives.id', 'objectives.perspective_id')
    .innerJoin('scorecards', 'scorecards.id', 'kpis.scorecard_id')
    .select([
      'scorecards.key as scorecard',
      'scorecards.name as scorecardName',
      'objectives.key as objective',
      'perspectives.key as perspective',
      'kpis.key as id',
      'kpis.name as name',
      'kpis.unit as unit',
      'kpis.formula as formula',
    ])
    .where('scorecards.workspace_id', '=', workspaceId)
    .orderBy('scorecards.position')
    .orderBy('objectives.position')
    .orderBy('kpis.position')
    .execute();
  return rows;
}

/**
 * Refuses to delete KPIs that a formula outside the deleted set still reads: the remaining
 * calculated KPI would name nothing, and the file's checks refuse that (BROKEN_REFERENCE).
 * `removed(scorecard, kpi)` says whether a KPI goes with the delete (a KPI, an objective's KPIs,
 * a whole scorecard). One query over the workspace's formulas, only when there are any.
 */
export async function assertNoFormulaReads(
  db: Executor,
  workspaceKey: string,
  what: string,
  key: string,
  removed: (scorecard: string, kpi: string) => boolean,
): Promise<void> {
  const workspaceId = await workspaceIdOf(db, workspaceKey);
  const rows = await db
    .selectFrom('kpis')
    .innerJoin('scorecards', 'scorecards.id', 'kpis.scorecard_id')
    .select(['scorecards.key as scorecard', 'kpis.key as kpi', 'kpis.formula as formula'])
    .where('scorecards.workspace_id', '=', workspaceId)
    .where('kpis.formula', 'is not', null)
    .execute();
  const users: string[] = [];
  for (const row of rows) {
    if (row.formula === null || removed(row.scorecard, row.kpi)) continue;
    const parsed = parseFormula(row.formula);
    if (!parsed.ok) continue;
    const reads = referencesOf(parsed.tree).some((r) =>
      removed(r.scorecard ?? row.scorecard, r.kpi),
    );
    if (reads) users.push(`the formula of KPI ${row.scorecard}/${row.kpi}`);
  }
  if (users.length > 0) throw new InUseError(what, key, users);
}
