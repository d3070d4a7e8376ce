import { type Executor, type MembershipRecord, listMemberships } from '@bearing/db';

/**
 * KPI owners are free text in the strategy file ("ana@acme.example", "Ana Lima", "QA Lead").
 * A reminder needs a person: the owner is matched to a member of the workspace by e-mail, else by
 * name, both without case or surrounding spaces. An owner that matches nobody is reported, not
 * guessed at (a role name like "QA Lead" may stand for several people).
 */
export interface OwnerDirectory {
  find(owner: string): MembershipRecord | undefined;
  readonly members: readonly MembershipRecord[];
}

export async function ownerDirectory(db: Executor, workspace: string): Promise<OwnerDirectory> {
  const members = await listMemberships(db, workspace);
  const byKey = new Map<string, MembershipRecord>();
  // Names first, so an e-mail address always wins over a name spelt like one.
  for (const m of members) byKey.set(normalize(m.name), m);
  for (const m of members) byKey.set(normalize(m.email), m);
  return { members, find: (owner) => byKey.get(normalize(owner)) };
}

const normalize = (text: string) => text.trim().toLowerCase();
