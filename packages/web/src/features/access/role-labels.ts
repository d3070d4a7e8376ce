import { ROLES, type Role } from '@bearing/core';

/** What each role may do, in the words of docs/access.md's table. */
export const ROLE_HINT: Readonly<Record<Role, string>> = {
  viewer: 'reads everything',
  updater: 'enters values of own KPIs',
  editor: 'changes the strategy',
  admin: 'manages members and settings',
};

export const ROLE_OPTIONS = ROLES.map((role) => ({
  value: role,
  label: `${role} — ${ROLE_HINT[role]}`,
}));
