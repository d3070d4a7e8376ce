import type { CreateLinkInput, PatchFields, UpdateLinkInput } from '@bearing/core';
import {
  type Executor,
  type LinkRecord,
  type WriteContext,
  createLink,
  getLink,
  updateLink,
} from '@bearing/db';
import { ApiError } from '../errors.ts';
import { checkEdit, checkVersion, patchNode } from './strategy-edit.service.ts';

type Address = { readonly workspace: string; readonly scorecard: string };

/** Adds a cause-effect link; both ends must be objectives of the scorecard. */
export function createLinkChecked(
  db: Executor,
  { workspace, scorecard }: Address,
  input: CreateLinkInput,
  ctx: WriteContext,
): Promise<LinkRecord> {
  return db.transaction().execute(async (trx) => {
    let at = [0, 0] as [number, number];
    const strategy = await checkEdit(trx, workspace, { scorecard, cascades: false }, (draft) => {
      const s = draft.scorecard(scorecard);
      const added = draft.append(s, 'links', input);
      at = [s.index, added.index];
      return { at: added.path };
    });
    const built = strategy.scorecards[at[0]]!.links[at[1]]!;
    return createLink(trx, workspace, scorecard, built, ctx);
  });
}

export function updateLinkChecked(
  db: Executor,
  { workspace, scorecard }: Address,
  ends: { readonly from: string; readonly to: string },
  expected: number,
  patch: PatchFields<UpdateLinkInput>,
  ctx: WriteContext,
): Promise<LinkRecord> {
  const { from, to } = ends;
  return db.transaction().execute(async (trx) => {
    const current = await getLink(trx, workspace, scorecard, from, to);
    checkVersion('link', `${scorecard}/${from}->${to}`, current, expected);
    let at = [0, 0] as [number, number];
    const strategy = await checkEdit(trx, workspace, { scorecard, cascades: false }, (draft) => {
      const s = draft.scorecard(scorecard);
      const links = draft.list(s.node, 'links');
      const index = links.findIndex((l) => l.from === from && l.to === to);
      if (index < 0) throw new ApiError('NOT_FOUND', `link ${from}->${to} does not exist`);
      patchNode(links[index]!, patch);
      at = [s.index, index];
      return { at: [...s.path, 'links', index] };
    });
    const { hypothesis, lag, evidence } = strategy.scorecards[at[0]]!.links[at[1]]!;
    // The built link has no `evidence` when the patch cleared it: null clears the stored one. A
    // link that never had any is left without the field, as the file builder leaves it.
    const had = current.evidence !== undefined && current.evidence !== null;
    const fields = {
      hypothesis,
      lag,
      ...(evidence !== undefined || had ? { evidence: evidence ?? null } : {}),
    };
    return updateLink(trx, workspace, scorecard, from, to, expected, fields, ctx);
  });
}
