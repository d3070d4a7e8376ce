export * from './roles.ts';
export * from './rules.ts';
export * from './subject.ts';
export { decideAccess, decideAccessSomewhere, roleAt } from './decide.ts';
export { ownedBy } from './owner.ts';
