/**
 * Owners of KPIs and initiatives are free text in the strategy file; a person owns an item when
 * the owner is their e-mail address, whatever the case or surrounding spaces. One rule for the
 * access checks ("an updater writes own KPIs"), "My updates" and the reminders, so a person is
 * reminded of exactly the values they may enter.
 */
export function ownedBy(owner: string | null | undefined, email: string): boolean {
  if (owner === null || owner === undefined) return false;
  return owner.trim().toLowerCase() === email.trim().toLowerCase();
}
