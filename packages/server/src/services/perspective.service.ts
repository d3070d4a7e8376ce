import type { CreatePerspectiveInput, PatchFields, UpdatePerspectiveInput } from '@bearing/core';
import {
  type Executor,
  type PerspectiveRecord,
  type WriteContext,
  createPerspective,
  getPerspective,
  updatePerspective,
} from '@bearing/db';
import { checkEdit, checkVersion, patchNode } from './strategy-edit.service.ts';

type Address = { readonly workspace: string; readonly scorecard: string };

/** Adds a perspective; the file's rules apply (unique id, at most 8 per scorecard). */
export function createPerspectiveChecked(
  db: Executor,
  { workspace, scorecard }: Address,
  input: CreatePerspectiveInput,
  ctx: WriteContext,
): Promise<PerspectiveRecord> {
  return db.transaction().execute(async (trx) => {
    let at = [0, 0] as [number, number];
    const strategy = await checkEdit(trx, workspace, { scorecard, cascades: false }, (draft) => {
      const s = draft.scorecard(scorecard);
      const added = draft.append(s, 'perspectives', input);
      at = [s.index, added.index];
      return { at: added.path };
    });
    const built = strategy.scorecards[at[0]]!.perspectives[at[1]]!;
    return createPerspective(trx, workspace, scorecard, built, ctx);
  });
}

export function updatePerspectiveChecked(
  db: Executor,
  { workspace, scorecard }: Address,
  key: string,
  expected: number,
  patch: PatchFields<UpdatePerspectiveInput>,
  ctx: WriteContext,
): Promise<PerspectiveRecord> {
  return db.transaction().execute(async (trx) => {
    const current = await getPerspective(trx, workspace, scorecard, key);
    checkVersion('perspective', `${scorecard}/${key}`, current, expected);
    let at = [0, 0] as [number, number];
    const strategy = await checkEdit(trx, workspace, { scorecard, cascades: false }, (draft) => {
      const s = draft.scorecard(scorecard);
      const p = draft.child(s, 'perspectives', key, 'perspective', 'params.perspective');
      patchNode(p.node, patch);
      at = [s.index, p.index];
      return { at: p.path };
    });
    const { name, weight } = strategy.scorecards[at[0]]!.perspectives[at[1]]!;
    return updatePerspective(trx, workspace, scorecard, key, expected, { name, weight }, ctx);
  });
}
