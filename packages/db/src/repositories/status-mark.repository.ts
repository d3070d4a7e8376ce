import type { Executor } from '../database.ts';
import { workspaceIdOf } from './scope.ts';

/** The last status a scan saw of each scored thing in a workspace, by subject. */
export async function getStatusMarks(
  db: Executor,
  workspace: string,
): Promise<Map<string, string>> {
  const workspaceId = await workspaceIdOf(db, workspace);
  const rows = await db
    .selectFrom('status_marks')
    .select(['subject', 'state'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  return new Map(rows.map((r) => [r.subject, r.state]));
}

export interface StatusMark {
  readonly subject: string;
  readonly state: string;
  readonly period: string | null;
}

export async function putStatusMarks(
  db: Executor,
  workspace: string,
  marks: readonly StatusMark[],
  now: Date,
): Promise<void> {
  const workspaceId = await workspaceIdOf(db, workspace);
  const at = now.toISOString();
  for (const mark of marks) {
    const values = { state: mark.state, period: mark.period, updated_at: at };
    await db
      .insertInto('status_marks')
      .values({ workspace_id: workspaceId, subject: mark.subject, ...values })
      .onConflict((oc) => oc.columns(['workspace_id', 'subject']).doUpdateSet(values))
      .execute();
  }
}
