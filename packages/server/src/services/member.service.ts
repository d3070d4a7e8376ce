import { isRole, type Role } from '@bearing/core';
import {
  type Database,
  type Executor,
  type MembershipRecord,
  findAccountByEmail,
  listMemberships,
  putMembership,
  removeMembership,
  listScorecards,
} from '@bearing/db';
import { ApiError } from '../errors.ts';

/** A membership as the API shows it (a role the server does not know reads as viewer). */
export interface Member {
  readonly accountId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly scorecards: string[] | null;
}

const memberOf = (m: MembershipRecord): Member => ({
  accountId: m.accountId,
  email: m.email,
  name: m.name,
  role: isRole(m.role) ? m.role : 'viewer',
  scorecards: m.scorecards === null ? null : [...m.scorecards],
});

/** An administrator of the whole workspace: who can still manage its members. */
const isFullAdmin = (m: Pick<MembershipRecord, 'role' | 'scorecards'>) =>
  m.role === 'admin' && m.scorecards === null;

export async function listMembers(db: Executor, workspace: string): Promise<Member[]> {
  return (await listMemberships(db, workspace)).map(memberOf);
}

async function accountIdOf(db: Executor, email: string): Promise<string> {
  const account = await findAccountByEmail(db, email);
  if (account === undefined) {
    throw new ApiError(
      'NOT_FOUND',
      `no account with the email "${email}"; an instance administrator creates it first ` +
        '(POST /api/accounts or bearing users add)',
      'params.email',
    );
  }
  return account.id;
}

function refuseLastAdmin(workspace: string, email: string, members: readonly MembershipRecord[]) {
  const target = members.find((m) => m.email.toLowerCase() === email.toLowerCase());
  if (target === undefined || !isFullAdmin(target)) return;
  if (members.some((m) => m !== target && isFullAdmin(m))) return;
  throw new ApiError(
    'LAST_ADMIN',
    `${target.email} is the last administrator of workspace "${workspace}"; make someone else ` +
      'an administrator of the whole workspace first',
    'params.email',
  );
}

async function assertScorecardsExist(
  db: Executor,
  workspace: string,
  scorecards: readonly string[],
) {
  const known = new Set((await listScorecards(db, workspace)).map((s): string => s.id));
  const index = scorecards.findIndex((s) => !known.has(s));
  if (index >= 0) {
    throw new ApiError(
      'BROKEN_REFERENCE',
      `no scorecard "${scorecards[index]}" in workspace "${workspace}"`,
      `body.scorecards.${index}`,
    );
  }
}

/**
 * Adds the account to the workspace or changes its role and scorecards, in one transaction, so
 * two administrators demoting each other at once cannot leave the workspace without one.
 */
export function setMember(
  db: Database['db'],
  workspace: string,
  email: string,
  input: { readonly role: Role; readonly scorecards: readonly string[] | null },
  now: Date,
): Promise<{ created: boolean; member: Member }> {
  return db.transaction().execute(async (trx) => {
    const accountId = await accountIdOf(trx, email);
    if (input.scorecards !== null) await assertScorecardsExist(trx, workspace, input.scorecards);
    if (!isFullAdmin(input))
      refuseLastAdmin(workspace, email, await listMemberships(trx, workspace));
    const { created, record } = await putMembership(
      trx,
      { workspace, accountId, role: input.role, scorecards: input.scorecards },
      now,
    );
    return { created, member: memberOf(record) };
  });
}

export function removeMember(db: Database['db'], workspace: string, email: string): Promise<void> {
  return db.transaction().execute(async (trx) => {
    const accountId = await accountIdOf(trx, email);
    refuseLastAdmin(workspace, email, await listMemberships(trx, workspace));
    if (!(await removeMembership(trx, workspace, accountId))) {
      throw new ApiError(
        'NOT_FOUND',
        `${email} is not a member of workspace "${workspace}"`,
        'params.email',
      );
    }
  });
}
