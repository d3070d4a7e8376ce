import type { CreateObjectiveInput, PatchFields, UpdateObjectiveInput } from '@bearing/core';
import {
  type Executor,
  type ObjectiveRecord,
  type WriteContext,
  createObjective,
  getObjective,
  updateObjective,
} from '@bearing/db';
import { checkEdit, checkVersion, patchNode, without } from './strategy-edit.service.ts';

type Address = { readonly workspace: string; readonly scorecard: string };

/** Adds an objective (with its KPIs and initiatives); references and cycles are checked. */
export function createObjectiveChecked(
  db: Executor,
  { workspace, scorecard }: Address,
  input: CreateObjectiveInput,
  ctx: WriteContext,
): Promise<ObjectiveRecord> {
  return db.transaction().execute(async (trx) => {
    let at = [0, 0] as [number, number];
    const strategy = await checkEdit(trx, workspace, { scorecard, cascades: true }, (draft) => {
      const s = draft.scorecard(scorecard);
      const added = draft.append(s, 'objectives', input);
      at = [s.index, added.index];
      return { at: added.path, blame: input.contributesTo ? 'body.contributesTo' : 'body.parent' };
    });
    const built = strategy.scorecards[at[0]]!.objectives[at[1]]!;
    return createObjective(trx, workspace, scorecard, built, ctx);
  });
}

/**
 * Changes an objective's fields, including moves (perspective, parent, contributesTo): the
 * would-be strategy must still hold every reference and no roll-up cycle.
 */
export function updateObjectiveChecked(
  db: Executor,
  { workspace, scorecard }: Address,
  key: string,
  expected: number,
  patch: PatchFields<UpdateObjectiveInput>,
  ctx: WriteContext,
): Promise<ObjectiveRecord> {
  return db.transaction().execute(async (trx) => {
    const current = await getObjective(trx, workspace, scorecard, key);
    checkVersion('objective', `${scorecard}/${key}`, current, expected);
    let at = [0, 0] as [number, number];
    const strategy = await checkEdit(trx, workspace, { scorecard, cascades: true }, (draft) => {
      const s = draft.scorecard(scorecard);
      const o = draft.child(s, 'objectives', key, 'objective', 'params.objective');
      patchNode(o.node, patch);
      at = [s.index, o.index];
      const blame = patch.parent === undefined ? 'body.contributesTo' : 'body.parent';
      return { at: o.path, blame };
    });
    const built = strategy.scorecards[at[0]]!.objectives[at[1]]!;
    const fields = without(built, 'id', 'kpis', 'initiatives');
    return updateObjective(trx, workspace, scorecard, key, expected, fields, ctx);
  });
}
