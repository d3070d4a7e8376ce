import type { CreateScorecardInput, PatchFields, UpdateScorecardInput } from '@bearing/core';
import {
  type Executor,
  type ScorecardRecord,
  type WriteContext,
  createScorecard,
  getScorecard,
  updateScorecard,
} from '@bearing/db';
import { checkEdit, checkVersion, patchNode } from './strategy-edit.service.ts';

/** A new scorecard may cascade into any other: check against the whole roll-up graph. */
const NEW_SCORECARD = { scorecard: null, cascades: true } as const;

/** Creates a scorecard (with anything under it) after checking it as part of the workspace. */
export function createScorecardChecked(
  db: Executor,
  workspace: string,
  input: CreateScorecardInput,
  ctx: WriteContext,
): Promise<ScorecardRecord> {
  return db.transaction().execute(async (trx) => {
    let index = 0;
    const strategy = await checkEdit(trx, workspace, NEW_SCORECARD, (draft) => {
      const added = draft.append(null, 'scorecards', input);
      index = added.index;
      return { at: added.path };
    });
    return createScorecard(trx, workspace, strategy.scorecards[index]!, ctx);
  });
}

export function updateScorecardChecked(
  db: Executor,
  workspace: string,
  key: string,
  expected: number,
  patch: PatchFields<UpdateScorecardInput>,
  ctx: WriteContext,
): Promise<ScorecardRecord> {
  return db.transaction().execute(async (trx) => {
    checkVersion('scorecard', key, await getScorecard(trx, workspace, key), expected);
    let index = 0;
    const strategy = await checkEdit(
      trx,
      workspace,
      { scorecard: key, cascades: false },
      (draft) => {
        const scorecard = draft.scorecard(key);
        patchNode(scorecard.node, patch);
        index = scorecard.index;
        return { at: scorecard.path };
      },
    );
    const { name, description, owner, thresholds } = strategy.scorecards[index]!;
    return updateScorecard(
      trx,
      workspace,
      key,
      expected,
      { name, description, owner, thresholds },
      ctx,
    );
  });
}
