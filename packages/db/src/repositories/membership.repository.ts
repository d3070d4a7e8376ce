import type { Executor } from '../database.ts';
import { NotFoundError } from '../errors.ts';
import type { MembershipTable } from '../tables/account.table.ts';
import { workspaceIdOf } from './scope.ts';

/**
 * A member of a workspace. `role` is one of core's ROLES; the server checks it before it is
 * stored. `scorecards` null: the role applies to the whole workspace.
 */
export interface MembershipRecord {
  readonly workspace: string;
  readonly accountId: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly scorecards: readonly string[] | null;
}

export interface MembershipInput {
  readonly workspace: string;
  readonly accountId: string;
  readonly role: string;
  readonly scorecards: readonly string[] | null;
}

function membershipQuery(db: Executor) {
  return db
    .selectFrom('memberships')
    .innerJoin('accounts', 'accounts.id', 'memberships.account_id')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select([
      'workspaces.key as workspace',
      'memberships.account_id as accountId',
      'accounts.email as email',
      'accounts.name as name',
      'memberships.role as role',
      'memberships.scorecards_json as scorecardsJson',
    ]);
}

type MembershipRow = {
  workspace: string;
  accountId: string;
  email: string;
  name: string;
  role: string;
  scorecardsJson: string | null;
};

function toRecord(row: MembershipRow): MembershipRecord {
  return {
    workspace: row.workspace,
    accountId: row.accountId,
    email: row.email,
    name: row.name,
    role: row.role,
    scorecards: row.scorecardsJson === null ? null : (JSON.parse(row.scorecardsJson) as string[]),
  };
}

/** Adds the member or changes their role and scorecards. */
export async function putMembership(
  db: Executor,
  input: MembershipInput,
  now: Date,
): Promise<{ created: boolean; record: MembershipRecord }> {
  const workspaceId = await workspaceIdOf(db, input.workspace);
  const scorecardsJson = input.scorecards === null ? null : JSON.stringify([...input.scorecards]);
  const existing = await db
    .selectFrom('memberships')
    .select('role')
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', input.accountId)
    .executeTakeFirst();
  if (existing) {
    await db
      .updateTable('memberships')
      .set({ role: input.role, scorecards_json: scorecardsJson })
      .where('workspace_id', '=', workspaceId)
      .where('account_id', '=', input.accountId)
      .execute();
  } else {
    const row: MembershipTable = {
      workspace_id: workspaceId,
      account_id: input.accountId,
      role: input.role,
      scorecards_json: scorecardsJson,
      created_at: now.toISOString(),
    };
    await db.insertInto('memberships').values(row).execute();
  }
  const record = await findMembership(db, input.workspace, input.accountId);
  if (!record) throw new NotFoundError('account', input.accountId);
  return { created: !existing, record };
}

export async function findMembership(
  db: Executor,
  workspace: string,
  accountId: string,
): Promise<MembershipRecord | undefined> {
  const row = await membershipQuery(db)
    .where('workspaces.key', '=', workspace)
    .where('memberships.account_id', '=', accountId)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** The members of a workspace, by email. */
export async function listMemberships(
  db: Executor,
  workspace: string,
): Promise<MembershipRecord[]> {
  await workspaceIdOf(db, workspace);
  const rows = await membershipQuery(db)
    .where('workspaces.key', '=', workspace)
    .orderBy('accounts.email_lower')
    .execute();
  return rows.map(toRecord);
}

/** Every workspace the account is a member of. */
export async function membershipsOf(db: Executor, accountId: string): Promise<MembershipRecord[]> {
  const rows = await membershipQuery(db)
    .where('memberships.account_id', '=', accountId)
    .orderBy('workspaces.key')
    .execute();
  return rows.map(toRecord);
}

/** False when the account was not a member. */
export async function removeMembership(
  db: Executor,
  workspace: string,
  accountId: string,
): Promise<boolean> {
  const workspaceId = await workspaceIdOf(db, workspace);
  const result = await db
    .deleteFrom('memberships')
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
