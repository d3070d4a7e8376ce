import type { CreateInitiativeInput, PatchFields, UpdateInitiativeInput } from '@bearing/core';
import {
  type Executor,
  type InitiativeRecord,
  type WriteContext,
  createInitiative,
  getInitiative,
  updateInitiative,
} from '@bearing/db';
import { objectiveOf } from './kpi.service.ts';
import { checkEdit, checkVersion, patchNode, without } from './strategy-edit.service.ts';

type Address = { readonly workspace: string; readonly scorecard: string };

export function createInitiativeChecked(
  db: Executor,
  { workspace, scorecard }: Address,
  input: CreateInitiativeInput,
  ctx: WriteContext,
): Promise<InitiativeRecord> {
  return db.transaction().execute(async (trx) => {
    let at = [0, 0, 0] as [number, number, number];
    const strategy = await checkEdit(trx, workspace, { scorecard, cascades: false }, (draft) => {
      const o = objectiveOf(draft, scorecard, input.objective);
      const added = draft.append(o, 'initiatives', without(input, 'objective'));
      at = [o.path[1] as number, o.index, added.index];
      return { at: added.path };
    });
    const built = strategy.scorecards[at[0]]!.objectives[at[1]]!.initiatives[at[2]]!;
    return createInitiative(trx, workspace, scorecard, input.objective, built, ctx);
  });
}

export function updateInitiativeChecked(
  db: Executor,
  { workspace, scorecard }: Address,
  key: string,
  expected: number,
  patch: PatchFields<UpdateInitiativeInput>,
  ctx: WriteContext,
): Promise<InitiativeRecord> {
  return db.transaction().execute(async (trx) => {
    const current = await getInitiative(trx, workspace, scorecard, key);
    checkVersion('initiative', `${scorecard}/${key}`, current, expected);
    let at = [0, 0, 0] as [number, number, number];
    const strategy = await checkEdit(trx, workspace, { scorecard, cascades: false }, (draft) => {
      const s = draft.scorecard(scorecard);
      const o = draft.child(s, 'objectives', current.objective, 'objective', 'params.initiative');
      const i = draft.child(o, 'initiatives', key, 'initiative', 'params.initiative');
      patchNode(i.node, patch);
      at = [s.index, o.index, i.index];
      return { at: i.path };
    });
    const built = strategy.scorecards[at[0]]!.objectives[at[1]]!.initiatives[at[2]]!;
    return updateInitiative(trx, workspace, scorecard, key, expected, without(built, 'id'), ctx);
  });
}
