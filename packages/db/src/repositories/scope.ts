import type { Executor } from '../database.ts';
import { NotFoundError } from '../errors.ts';

/**
 * Resolving keys to surrogate ids. Callers address everything by strategy-file keys; the ids
 * these return stay inside the db package.
 */
export async function workspaceIdOf(db: Executor, workspaceKey: string): Promise<string> {
  const row = await db
    .selectFrom('workspaces')
    .select('id')
    .where('key', '=', workspaceKey)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('workspace', workspaceKey);
  return row.id;
}

export interface ScorecardScope {
  readonly workspaceId: string;
  readonly scorecardId: string;
  readonly scorecardKey: string;
}

export async function scorecardScope(
  db: Executor,
  workspaceKey: string,
  scorecardKey: string,
): Promise<ScorecardScope> {
  const row = await db
    .selectFrom('scorecards')
    .innerJoin('workspaces', 'workspaces.id', 'scorecards.workspace_id')
    .select(['scorecards.id as scorecardId', 'workspaces.id as workspaceId'])
    .where('workspaces.key', '=', workspaceKey)
    .where('scorecards.key', '=', scorecardKey)
    .executeTakeFirst();
  if (!row) {
    await workspaceIdOf(db, workspaceKey);
    throw new NotFoundError('scorecard', scorecardKey);
  }
  return { ...row, scorecardKey };
}

export async function objectiveIdOf(
  db: Executor,
  scope: ScorecardScope,
  objectiveKey: string,
): Promise<string> {
  const row = await db
    .selectFrom('objectives')
    .select('id')
    .where('scorecard_id', '=', scope.scorecardId)
    .where('key', '=', objectiveKey)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('objective', `${scope.scorecardKey}/${objectiveKey}`);
  return row.id;
}

export async function perspectiveIdOf(
  db: Executor,
  scope: ScorecardScope,
  perspectiveKey: string,
): Promise<string> {
  const row = await db
    .selectFrom('perspectives')
    .select('id')
    .where('scorecard_id', '=', scope.scorecardId)
    .where('key', '=', perspectiveKey)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('perspective', `${scope.scorecardKey}/${perspectiveKey}`);
  return row.id;
}

/** The next free position at the end of a list (new entities go last). */
export async function nextPosition(
  db: Executor,
  table: 'scorecards' | 'perspectives' | 'objectives' | 'links' | 'kpis' | 'initiatives',
  column: 'workspace_id' | 'scorecard_id',
  ownerId: string,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | string | null>('position').as('max'))
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- column is one of two literal names valid on every listed table
    .where(column as any, '=', ownerId)
    .executeTakeFirst();
  // pg returns max() of an integer as a number, but aggregates in general may be strings.
  const max = row?.max;
  return max === null || max === undefined ? 0 : Number(max) + 1;
}
