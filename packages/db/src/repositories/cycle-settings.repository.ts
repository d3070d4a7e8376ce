import type { Executor } from '../database.ts';
import { workspaceIdOf } from './scope.ts';

/** A workspace's update-cycle settings as stored; the server fills in defaults for none. */
export interface StoredCycleSettings {
  readonly graceDays: number;
  readonly remindDaysBefore: number | null;
  readonly remindDaysAfter: number | null;
  readonly digestDay: number | null;
}

/** Undefined when the workspace never chose (the caller uses the core's defaults). */
export async function getCycleSettings(
  db: Executor,
  workspace: string,
): Promise<StoredCycleSettings | undefined> {
  const workspaceId = await workspaceIdOf(db, workspace);
  const row = await db
    .selectFrom('cycle_settings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    graceDays: row.grace_days,
    remindDaysBefore: row.remind_days_before,
    remindDaysAfter: row.remind_days_after,
    digestDay: row.digest_day,
  };
}

export async function putCycleSettings(
  db: Executor,
  workspace: string,
  settings: StoredCycleSettings,
  now: Date,
): Promise<void> {
  const workspaceId = await workspaceIdOf(db, workspace);
  const values = {
    grace_days: settings.graceDays,
    remind_days_before: settings.remindDaysBefore,
    remind_days_after: settings.remindDaysAfter,
    digest_day: settings.digestDay,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('cycle_settings')
    .values({ workspace_id: workspaceId, ...values })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
    .execute();
}
