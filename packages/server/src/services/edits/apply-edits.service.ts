import type { EditInput } from '@bearing/core';
import {
  ConflictError,
  type Executor,
  NotFoundError,
  type WriteContext,
  listBatchChangeIds,
  lockWorkspace,
  newChangeBatchId,
} from '@bearing/db';
import { ApiError } from '../../errors.ts';
import { checkEdit } from '../strategy-edit.service.ts';
import type { CheckScope } from '../strategy-scope.ts';
import { applyToDraft, editPath } from './draft-edit.ts';
import { currentOf } from './current-version.ts';
import { laterCreates, writeEdit } from './write-edit.ts';

/** What a write made: its batch id and the change-log ids it wrote, oldest first. */
export interface EditOutcome {
  readonly batch: string;
  readonly changes: readonly string[];
}

/**
 * The one write path for strategy entities. Inside the caller's transaction: takes the
 * workspace's write turn, refuses a stale version (409 naming `edits[i].version`), applies every
 * edit to the would-be strategy file and checks it ONCE with the file's own validator (the
 * single-entity routes' `checkEdit`), then writes each edit through the repositories, every
 * logged change tagged with one batch id. Any failure throws, so the caller's transaction rolls
 * the whole batch back: all or nothing.
 *
 * Edits are written in order: an edit may name an entity that an earlier edit of the batch
 * created, not one a later edit creates.
 */
export async function applyEdits(
  trx: Executor,
  workspace: string,
  edits: readonly EditInput[],
  ctx: WriteContext,
): Promise<EditOutcome> {
  const batch = ctx.batch ?? newChangeBatchId();
  const tagged: WriteContext = { ...ctx, batch };
  await lockWorkspace(trx, workspace);
  for (const [index, edit] of edits.entries()) await checkEditVersion(trx, workspace, edit, index);
  const built = await checkEdit(trx, workspace, scopeOf(edits), (draft) =>
    edits.map((edit, index) => applyToDraft(draft, edit, index)),
  );
  for (const [index, edit] of edits.entries()) {
    const later = laterCreates(edits.slice(index + 1));
    await writeEdit(trx, workspace, built, edit, tagged, later);
  }
  return { batch, changes: await listBatchChangeIds(trx, batch) };
}

/**
 * What the checks must see: one scorecard in full for a batch inside it; every touched
 * scorecard in full and the roll-up graph of the rest when the batch moves objectives, adds or
 * removes scorecards, or spans several.
 */
function scopeOf(edits: readonly EditInput[]): CheckScope {
  const touched = [
    ...new Set(
      edits.map((e) => (e.entity !== 'scorecard' ? e.scorecard : e.op === 'create' ? null : e.id)),
    ),
  ];
  const existing = touched.filter((s): s is string => s !== null);
  const cascades =
    touched.length !== 1 ||
    existing.length !== 1 ||
    edits.some((e) => e.entity === 'objective' || (e.entity === 'scorecard' && e.op !== 'update'));
  return { scorecard: existing[0] ?? null, cascades, also: existing.slice(1) };
}

async function checkEditVersion(
  trx: Executor,
  ws: string,
  edit: EditInput,
  index: number,
): Promise<void> {
  if (edit.op === 'create') return;
  const at = editPath(index);
  let current: { readonly version: number };
  try {
    current = await currentOf(trx, ws, edit);
  } catch (error) {
    if (error instanceof NotFoundError) throw new ApiError('NOT_FOUND', error.message, `${at}.id`);
    throw error;
  }
  if (current.version !== edit.version) {
    const conflict = new ConflictError(edit.entity, edit.id, edit.version, current);
    throw new ApiError('CONFLICT', `${at}: ${conflict.message}`, `${at}.version`, { current });
  }
}
