import type { Strategy } from '@bearing/core';
import type { Executor } from './database.ts';
import { inTransaction, type WriteContext } from './context.ts';
import { DuplicateKeyError } from './errors.ts';
import {
  createScorecards,
  deleteAllScorecards,
  scorecardKeys,
} from './repositories/scorecard.repository.ts';
import { readScorecards } from './repositories/tree-reader.ts';
import { getWorkspace, updateWorkspace } from './repositories/workspace.repository.ts';
import { workspaceIdOf } from './repositories/scope.ts';
import { omit } from './repositories/versioning.ts';

export interface SaveOptions extends WriteContext {
  /** Delete every scorecard of the workspace first, so it holds exactly this strategy. */
  readonly replace?: boolean;
}

export interface SaveResult {
  readonly scorecards: number;
  /** Scorecards removed by `replace`. */
  readonly replaced: number;
}

/**
 * Writes a whole validated strategy into a workspace in ONE transaction: all of it or nothing.
 *
 * A second import into a workspace that already holds scorecards: scorecards with new ids are
 * added after the existing ones; a scorecard id that already exists is refused with
 * DuplicateKeyError naming it (nothing is written) unless `replace` is set, which first deletes
 * every scorecard of the workspace (each delete logged, so it can be undone).
 *
 * The file's organisation and strategy-level settings (e.g. `lint:`) become the workspace's.
 *
 * The change log gets one `create` row per scorecard holding its whole tree, values included;
 * value-level history starts with the first edit after the import.
 */
export function saveStrategy(
  db: Executor,
  workspaceKey: string,
  strategy: Strategy,
  options: SaveOptions,
): Promise<SaveResult> {
  const ctx: WriteContext = { actor: options.actor, now: options.now };
  return inTransaction(db, async (trx) => {
    const workspace = await getWorkspace(trx, workspaceKey);
    let replaced = 0;
    // The file's organisation and settings become the workspace's only when the file is the
    // whole workspace: a replace, or the first import. Adding a template or a wizard map next to
    // existing scorecards must not rename the organisation or reset its lint settings.
    let adoptWorkspaceFields = true;
    if (options.replace === true) {
      replaced = await deleteAllScorecards(trx, workspaceKey, ctx);
    } else {
      const existing = new Set(await scorecardKeys(trx, workspaceKey));
      adoptWorkspaceFields = existing.size === 0;
      const clash = strategy.scorecards.find((s) => existing.has(s.id));
      if (clash) {
        throw new DuplicateKeyError(
          'scorecard',
          clash.id,
          `workspace "${workspaceKey}" already has it; import with replace to overwrite the workspace`,
        );
      }
    }
    const { organization } = strategy;
    const settings = omit(strategy, 'version', 'organization', 'scorecards');
    if (
      adoptWorkspaceFields &&
      (organization !== workspace.organization ||
        JSON.stringify(settings) !== JSON.stringify(workspace.settings))
    ) {
      await updateWorkspace(trx, workspaceKey, workspace.version, { organization, settings }, ctx);
    }
    await createScorecards(trx, workspaceKey, strategy.scorecards, ctx);
    return { scorecards: strategy.scorecards.length, replaced };
  });
}

/** Rebuilds the strategy model of a workspace, exactly as saved (a consistent snapshot). */
export async function loadStrategy(db: Executor, workspaceKey: string): Promise<Strategy> {
  const read = async (trx: Executor): Promise<Strategy> => {
    const workspace = await getWorkspace(trx, workspaceKey);
    const scorecards = await readScorecards(trx, {
      workspaceId: await workspaceIdOf(trx, workspaceKey),
    });
    return { ...workspace.settings, version: 1, organization: workspace.organization, scorecards };
  };
  if (db.isTransaction) return read(db);
  // Repeatable read: every table read sees the same moment, even while others write (PostgreSQL).
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(read);
}
