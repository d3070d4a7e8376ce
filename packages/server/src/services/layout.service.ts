import { type Executor, type MapLayout, type MapLayoutChanges, updateMapLayout } from '@bearing/db';
import { ApiError } from '../errors.ts';

/**
 * Merges positions into a scorecard's map layout in one transaction; an id that is not an
 * objective of the scorecard refuses the whole request (422 BROKEN_REFERENCE naming its path).
 * Layout is presentation: no version, no change-log row, no revision move, so the score caches
 * stay warm while users drag nodes around.
 */
export async function saveMapLayout(
  db: Executor,
  workspace: string,
  scorecard: string,
  changes: MapLayoutChanges,
  now: Date,
): Promise<MapLayout> {
  const result = await db
    .transaction()
    .execute((trx) => updateMapLayout(trx, workspace, scorecard, changes, now));
  if (result.ok) return result.layout;
  const issues = result.unknown.map((id) => ({
    code: 'BROKEN_REFERENCE',
    path: `body.positions.${id}`,
    message: `no objective "${id}" in scorecard "${scorecard}"`,
  }));
  const names = result.unknown.map((id) => `"${id}"`).join(', ');
  throw new ApiError(
    'BROKEN_REFERENCE',
    `scorecard "${scorecard}" has no objective ${names}; nothing was saved`,
    issues[0]?.path ?? 'body.positions',
    { issues },
  );
}
