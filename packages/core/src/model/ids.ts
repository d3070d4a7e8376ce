/**
 * Branded ids. An objective id and a KPI id are both strings in a file, but mixing them up is a
 * bug the compiler can catch, so each kind of id carries its own brand.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ScorecardId = Brand<string, 'ScorecardId'>;
export type PerspectiveId = Brand<string, 'PerspectiveId'>;
export type ObjectiveId = Brand<string, 'ObjectiveId'>;
export type KpiId = Brand<string, 'KpiId'>;
export type InitiativeId = Brand<string, 'InitiativeId'>;

/** Ids are brands over plain strings; these casts are the only place a string becomes an id. */
export const scorecardId = (s: string) => s as ScorecardId;
export const perspectiveId = (s: string) => s as PerspectiveId;
export const objectiveId = (s: string) => s as ObjectiveId;
export const kpiId = (s: string) => s as KpiId;
export const initiativeId = (s: string) => s as InitiativeId;
