import type { CreateKpiInput, PatchFields, UpdateKpiInput } from '@bearing/core';
import {
  type Executor,
  type KpiRecord,
  type WriteContext,
  createKpi,
  getKpi,
  updateKpi,
} from '@bearing/db';
import { ApiError } from '../errors.ts';
import {
  type StrategyDraft,
  checkEdit,
  checkVersion,
  patchNode,
  without,
} from './strategy-edit.service.ts';

type Address = { readonly workspace: string; readonly scorecard: string };

/** The objective a new child names in its body: a missing one is a broken reference (422). */
export function objectiveOf(draft: StrategyDraft, scorecard: string, objective: string) {
  const s = draft.scorecard(scorecard);
  const index = draft.list(s.node, 'objectives').findIndex((o) => o.id === objective);
  if (index < 0) {
    throw new ApiError(
      'BROKEN_REFERENCE',
      `objective "${objective}" does not exist in scorecard "${scorecard}"`,
      'body.objective',
    );
  }
  return draft.child(s, 'objectives', objective, 'objective', 'body.objective');
}

/** Adds a KPI to an objective; its scale must be scorable (docs/scoring.md §2). */
export function createKpiChecked(
  db: Executor,
  { workspace, scorecard }: Address,
  input: CreateKpiInput,
  ctx: WriteContext,
): Promise<KpiRecord> {
  return db.transaction().execute(async (trx) => {
    let at = [0, 0, 0] as [number, number, number];
    const strategy = await checkEdit(trx, workspace, { scorecard, cascades: false }, (draft) => {
      const o = objectiveOf(draft, scorecard, input.objective);
      const added = draft.append(o, 'kpis', without(input, 'objective'));
      at = [o.path[1] as number, o.index, added.index];
      return { at: added.path };
    });
    const built = strategy.scorecards[at[0]]!.objectives[at[1]]!.kpis[at[2]]!;
    return createKpi(trx, workspace, scorecard, input.objective, built, ctx);
  });
}

/** Changes a KPI's definition; the scale is checked with the stored fields it keeps. */
export function updateKpiChecked(
  db: Executor,
  { workspace, scorecard }: Address,
  key: string,
  expected: number,
  patch: PatchFields<UpdateKpiInput>,
  ctx: WriteContext,
): Promise<KpiRecord> {
  return db.transaction().execute(async (trx) => {
    const current = await getKpi(trx, workspace, scorecard, key);
    checkVersion('KPI', `${scorecard}/${key}`, current, expected);
    let at = [0, 0, 0] as [number, number, number];
    const strategy = await checkEdit(trx, workspace, { scorecard, cascades: false }, (draft) => {
      const s = draft.scorecard(scorecard);
      const o = draft.child(s, 'objectives', current.objective, 'objective', 'params.kpi');
      const k = draft.child(o, 'kpis', key, 'KPI', 'params.kpi');
      patchNode(k.node, patch);
      at = [s.index, o.index, k.index];
      return { at: k.path };
    });
    const built = strategy.scorecards[at[0]]!.objectives[at[1]]!.kpis[at[2]]!;
    const fields = without(built, 'id', 'values');
    return updateKpi(trx, workspace, scorecard, key, expected, fields, ctx);
  });
}
