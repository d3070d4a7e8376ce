import type { Link } from '@bearing/core';
import type { Executor } from '../database.ts';
import { inTransaction, type WriteContext } from '../context.ts';
import { DuplicateKeyError, NotFoundError, isUniqueViolation } from '../errors.ts';
import { newId } from '../ids.ts';
import type { LinkRecord, Patch } from '../records.ts';
import { appendChanges } from './change.repository.ts';
import { auditColumns, linkColumns, linkFromRow } from './mappers.ts';
import { type ScorecardScope, nextPosition, objectiveIdOf, scorecardScope } from './scope.ts';
import { logDelete, versionedUpdate } from './versioned-write.ts';
import { checkVersion, omit } from './versioning.ts';

/** A link is addressed by its two ends; the change log names it `from->to`. */
export const linkKey = (from: string, to: string) => `${from}->${to}`;

function query(db: Executor, scope: ScorecardScope) {
  return db
    .selectFrom('links')
    .innerJoin('objectives as f', 'f.id', 'links.from_objective_id')
    .innerJoin('objectives as t', 't.id', 'links.to_objective_id')
    .selectAll('links')
    .select(['f.key as fromKey', 't.key as toKey'])
    .where('links.scorecard_id', '=', scope.scorecardId);
}

async function row(db: Executor, scope: ScorecardScope, from: string, to: string) {
  const found = await query(db, scope)
    .where('f.key', '=', from)
    .where('t.key', '=', to)
    .executeTakeFirst();
  if (!found) throw new NotFoundError('link', `${scope.scorecardKey}/${linkKey(from, to)}`);
  return found;
}

type LinkRow = Awaited<ReturnType<typeof row>>;
const toRecord = (r: LinkRow): LinkRecord => ({
  ...linkFromRow(r, r.fromKey, r.toKey),
  version: r.version,
});

export async function getLink(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  from: string,
  to: string,
): Promise<LinkRecord> {
  return toRecord(await row(db, await scorecardScope(db, workspaceKey, scorecardKey), from, to));
}

export async function listLinks(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
): Promise<LinkRecord[]> {
  const scope = await scorecardScope(db, workspaceKey, scorecardKey);
  return (await query(db, scope).orderBy('links.position').execute()).map(toRecord);
}

export function createLink(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  link: Link,
  ctx: WriteContext,
): Promise<LinkRecord> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const [fromId, toId, position] = await Promise.all([
      objectiveIdOf(trx, scope, link.from),
      objectiveIdOf(trx, scope, link.to),
      nextPosition(trx, 'links', 'scorecard_id', scope.scorecardId),
    ]);
    try {
      await trx
        .insertInto('links')
        .values({
          id: newId(),
          scorecard_id: scope.scorecardId,
          from_objective_id: fromId,
          to_objective_id: toId,
          position,
          ...linkColumns(link),
          ...auditColumns(ctx.now.toISOString()),
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DuplicateKeyError('link', `${scorecardKey}/${linkKey(link.from, link.to)}`);
      throw error;
    }
    await appendChanges(
      trx,
      scope.workspaceId,
      [
        {
          entityType: 'link',
          operation: 'create',
          scorecard: scorecardKey,
          entityKey: linkKey(link.from, link.to),
          before: null,
          after: link,
        },
      ],
      ctx,
    );
    return { ...link, version: 1 };
  });
}

export function updateLink(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  from: string,
  to: string,
  expectedVersion: number,
  patch: Patch<Omit<Link, 'from' | 'to'>>,
  ctx: WriteContext,
): Promise<LinkRecord> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const current = await row(trx, scope, from, to);
    const before = toRecord(current);
    return versionedUpdate({
      trx,
      workspaceId: scope.workspaceId,
      conflict: { entity: 'link', key: `${scorecardKey}/${linkKey(from, to)}` },
      target: { entityType: 'link', scorecard: scorecardKey, entityKey: linkKey(from, to) },
      before,
      expectedVersion,
      // The endpoints are the link's identity: a patch never moves them.
      patch: { ...patch, from: before.from, to: before.to },
      write: (after) =>
        trx
          .updateTable('links')
          .set({ ...linkColumns(after), version: after.version, updated_at: ctx.now.toISOString() })
          .where('id', '=', current.id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst(),
      reload: async () => toRecord(await row(trx, scope, from, to)),
      ctx,
    });
  });
}

export function deleteLink(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
  from: string,
  to: string,
  ctx: WriteContext,
  expectedVersion?: number,
): Promise<void> {
  return inTransaction(db, async (trx) => {
    const scope = await scorecardScope(trx, workspaceKey, scorecardKey);
    const current = await row(trx, scope, from, to);
    const record = toRecord(current);
    checkVersion('link', `${scorecardKey}/${linkKey(from, to)}`, record, expectedVersion);
    await trx.deleteFrom('links').where('id', '=', current.id).execute();
    const target = {
      entityType: 'link',
      scorecard: scorecardKey,
      entityKey: linkKey(from, to),
    } as const;
    await logDelete(trx, scope.workspaceId, target, omit(record, 'version'), ctx);
  });
}
