import { ownedBy } from '@bearing/core';
import { type Executor, type MembershipRecord, listMemberships } from '@bearing/db';

/**
 * KPI owners are free text in the strategy file. A reminder needs a person: the owner is matched
 * to a member of the workspace by e-mail address (core's `ownedBy`, the rule the access checks
 * use), so a person is reminded of exactly the values they may enter. An owner that is no
 * member's address ("QA Lead") is reported by the remind action, never guessed at.
 */
export interface OwnerDirectory {
  find(owner: string): MembershipRecord | undefined;
  readonly members: readonly MembershipRecord[];
}

export async function ownerDirectory(db: Executor, workspace: string): Promise<OwnerDirectory> {
  const members = await listMemberships(db, workspace);
  return { members, find: (owner) => members.find((m) => ownedBy(owner, m.email)) };
}
