import type {
  Initiative,
  Kpi,
  KpiValue,
  Link,
  Objective,
  PeriodKey,
  Scorecard,
} from '@bearing/core';
import type { Executor } from '../database.ts';
import type { KpiTargetTable } from '../tables/kpi-target.table.ts';
import {
  initiativeFromRow,
  kpiFromRow,
  linkFromRow,
  objectiveFromRow,
  perspectiveFromRow,
  scorecardFromRow,
} from './mappers.ts';

/** Which part of a workspace to read: all of it, some scorecards, or some objectives. */
export interface TreeFilter {
  readonly workspaceId: string;
  readonly scorecardIds?: readonly string[];
  readonly objectiveIds?: readonly string[];
}

function group<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Objective id → its scorecard key and own key, for the whole workspace (refs may cross scorecards). */
async function objectiveKeys(db: Executor, workspaceId: string) {
  const rows = await db
    .selectFrom('objectives')
    .innerJoin('scorecards', 'scorecards.id', 'objectives.scorecard_id')
    .select(['objectives.id', 'objectives.key', 'scorecards.key as scorecardKey'])
    .where('scorecards.workspace_id', '=', workspaceId)
    .execute();
  return new Map(rows.map((r) => [r.id, { scorecard: r.scorecardKey, objective: r.key }]));
}

/** Reads objectives with their KPIs (targets, values) and initiatives, in stored order. */
async function readObjectives(db: Executor, filter: TreeFilter): Promise<Map<string, Objective[]>> {
  let objectivesQ = db
    .selectFrom('objectives')
    .innerJoin('scorecards', 'scorecards.id', 'objectives.scorecard_id')
    .innerJoin('perspectives', 'perspectives.id', 'objectives.perspective_id')
    .selectAll('objectives')
    .select('perspectives.key as perspectiveKey')
    .where('scorecards.workspace_id', '=', filter.workspaceId);
  let kpisQ = db
    .selectFrom('kpis')
    .innerJoin('scorecards', 'scorecards.id', 'kpis.scorecard_id')
    .selectAll('kpis')
    .where('scorecards.workspace_id', '=', filter.workspaceId);
  let targetsQ = db
    .selectFrom('kpi_targets')
    .innerJoin('kpis', 'kpis.id', 'kpi_targets.kpi_id')
    .innerJoin('scorecards', 'scorecards.id', 'kpis.scorecard_id')
    .selectAll('kpi_targets')
    .where('scorecards.workspace_id', '=', filter.workspaceId);
  let valuesQ = db
    .selectFrom('kpi_values')
    .innerJoin('kpis', 'kpis.id', 'kpi_values.kpi_id')
    .innerJoin('scorecards', 'scorecards.id', 'kpis.scorecard_id')
    .select(['kpi_values.kpi_id', 'kpi_values.period', 'kpi_values.value', 'kpi_values.comment'])
    .where('scorecards.workspace_id', '=', filter.workspaceId);
  let initiativesQ = db
    .selectFrom('initiatives')
    .innerJoin('scorecards', 'scorecards.id', 'initiatives.scorecard_id')
    .selectAll('initiatives')
    .where('scorecards.workspace_id', '=', filter.workspaceId);
  if (filter.scorecardIds) {
    const ids = [...filter.scorecardIds];
    objectivesQ = objectivesQ.where('objectives.scorecard_id', 'in', ids);
    kpisQ = kpisQ.where('kpis.scorecard_id', 'in', ids);
    targetsQ = targetsQ.where('kpis.scorecard_id', 'in', ids);
    valuesQ = valuesQ.where('kpis.scorecard_id', 'in', ids);
    initiativesQ = initiativesQ.where('initiatives.scorecard_id', 'in', ids);
  }
  if (filter.objectiveIds) {
    const ids = [...filter.objectiveIds];
    objectivesQ = objectivesQ.where('objectives.id', 'in', ids);
    kpisQ = kpisQ.where('kpis.objective_id', 'in', ids);
    targetsQ = targetsQ.where('kpis.objective_id', 'in', ids);
    valuesQ = valuesQ.where('kpis.objective_id', 'in', ids);
    initiativesQ = initiativesQ.where('initiatives.objective_id', 'in', ids);
  }
  const [objectives, kpis, targets, values, initiatives, keys] = await Promise.all([
    objectivesQ.orderBy('objectives.position').execute(),
    kpisQ.orderBy('kpis.position').execute(),
    targetsQ.orderBy('kpi_targets.period_end').orderBy('kpi_targets.period_start').execute(),
    // The model keeps values in period order; ends then starts, as core's comparePeriods.
    valuesQ
      .orderBy('kpi_values.kpi_id')
      .orderBy('kpi_values.period_end')
      .orderBy('kpi_values.period_start')
      .execute(),
    initiativesQ.orderBy('initiatives.position').execute(),
    objectiveKeys(db, filter.workspaceId),
  ]);
  const targetsByKpi = group<KpiTargetTable, string>(targets, (t) => t.kpi_id);
  const valuesByKpi = group(values, (v) => v.kpi_id);
  const kpisByObjective = new Map<string, Kpi[]>();
  for (const row of kpis) {
    const kpiValues: KpiValue[] = (valuesByKpi.get(row.id) ?? []).map((v) => ({
      period: v.period as PeriodKey,
      value: v.value,
      comment: v.comment,
    }));
    const kpi: Kpi = { ...kpiFromRow(row, targetsByKpi.get(row.id) ?? []), values: kpiValues };
    pushTo(kpisByObjective, row.objective_id, kpi);
  }
  const initiativesByObjective = new Map<string, Initiative[]>();
  for (const row of initiatives)
    pushTo(initiativesByObjective, row.objective_id, initiativeFromRow(row));
  const out = new Map<string, Objective[]>();
  for (const row of objectives) {
    const parent = row.parent_id === null ? null : (keys.get(row.parent_id)?.objective ?? null);
    const contributesTo =
      row.contributes_to_id === null ? null : (keys.get(row.contributes_to_id) ?? null);
    pushTo(out, row.scorecard_id, {
      ...objectiveFromRow(row, { perspective: row.perspectiveKey, parent, contributesTo }),
      kpis: kpisByObjective.get(row.id) ?? [],
      initiatives: initiativesByObjective.get(row.id) ?? [],
    });
  }
  return out;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Links of the filtered scorecards (or touching the filtered objectives), by scorecard id. */
async function readLinks(db: Executor, filter: TreeFilter): Promise<Map<string, Link[]>> {
  let q = db
    .selectFrom('links')
    .innerJoin('scorecards', 'scorecards.id', 'links.scorecard_id')
    .innerJoin('objectives as f', 'f.id', 'links.from_objective_id')
    .innerJoin('objectives as t', 't.id', 'links.to_objective_id')
    .selectAll('links')
    .select(['f.key as fromKey', 't.key as toKey'])
    .where('scorecards.workspace_id', '=', filter.workspaceId);
  if (filter.scorecardIds) q = q.where('links.scorecard_id', 'in', [...filter.scorecardIds]);
  const objectiveIds = filter.objectiveIds;
  if (objectiveIds) {
    q = q.where((eb) =>
      eb.or([
        eb('links.from_objective_id', 'in', [...objectiveIds]),
        eb('links.to_objective_id', 'in', [...objectiveIds]),
      ]),
    );
  }
  const rows = await q.orderBy('links.position').execute();
  const out = new Map<string, Link[]>();
  for (const row of rows) pushTo(out, row.scorecard_id, linkFromRow(row, row.fromKey, row.toKey));
  return out;
}

/** Whole scorecards, in workspace order, exactly as the model holds them. */
export async function readScorecards(db: Executor, filter: TreeFilter): Promise<Scorecard[]> {
  let scQ = db.selectFrom('scorecards').selectAll().where('workspace_id', '=', filter.workspaceId);
  let pQ = db
    .selectFrom('perspectives')
    .innerJoin('scorecards', 'scorecards.id', 'perspectives.scorecard_id')
    .selectAll('perspectives')
    .where('scorecards.workspace_id', '=', filter.workspaceId);
  if (filter.scorecardIds) {
    scQ = scQ.where('id', 'in', [...filter.scorecardIds]);
    pQ = pQ.where('perspectives.scorecard_id', 'in', [...filter.scorecardIds]);
  }
  const [scorecards, perspectives, objectives, links] = await Promise.all([
    scQ.orderBy('position').execute(),
    pQ.orderBy('perspectives.position').execute(),
    readObjectives(db, filter),
    readLinks(db, filter),
  ]);
  const perspectivesBy = group(perspectives, (p) => p.scorecard_id);
  return scorecards.map((row) => ({
    ...scorecardFromRow(row),
    perspectives: (perspectivesBy.get(row.id) ?? []).map(perspectiveFromRow),
    objectives: objectives.get(row.id) ?? [],
    links: links.get(row.id) ?? [],
  }));
}

/** One objective with its KPIs, initiatives and the links that touch it (a delete's snapshot). */
export async function readObjective(
  db: Executor,
  workspaceId: string,
  objectiveRowId: string,
): Promise<{ objective: Objective; links: Link[] } | undefined> {
  const filter = { workspaceId, objectiveIds: [objectiveRowId] };
  const [objectives, links] = await Promise.all([
    readObjectives(db, filter),
    readLinks(db, filter),
  ]);
  const objective = [...objectives.values()].flat()[0];
  return objective && { objective, links: [...links.values()].flat() };
}
