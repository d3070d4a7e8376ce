/**
 * The roles a named partner or other stakeholder can play, recognised from the words of its
 * name ("Referring physicians" → referrer). Each role says what that group wants from the
 * organisation, in its own words (see `roles.ts`).
 */
export const ROLE_IDS = [
  'reseller',
  'referrer',
  'supplier',
  'goods-donor',
  'funder',
  'volunteer',
  'community-partner',
  'family',
  'parent',
  'employer',
  'business',
  'regulator',
  'public-authority',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];
