import type {
  Initiative,
  Kpi,
  KpiValue,
  Link,
  Objective,
  ObjectiveId,
  Perspective,
  Scorecard,
} from '@bearing/core';

/**
 * What repositories return: domain objects plus the `version` used for optimistic concurrency.
 * Nested collections (a scorecard's objectives, a KPI's values) are read through their own
 * repositories, so a rename does not drag every value along.
 */
export type Versioned<T> = T & { readonly version: number };

export interface WorkspaceFields {
  readonly key: string;
  readonly name: string;
  readonly organization: string | null;
  /** Strategy-level settings beyond the organisation (e.g. the file's `lint:`), as the model has them. */
  readonly settings: Readonly<Record<string, unknown>>;
}
export type WorkspaceRecord = Versioned<WorkspaceFields>;
export type CreateWorkspaceInput = Omit<WorkspaceFields, 'settings'> & {
  readonly settings?: WorkspaceFields['settings'];
};

export type ScorecardFields = Omit<Scorecard, 'perspectives' | 'objectives' | 'links'>;
export type ScorecardRecord = Versioned<ScorecardFields>;

export type PerspectiveRecord = Versioned<Perspective>;

export type ObjectiveFields = Omit<Objective, 'kpis' | 'initiatives'>;
export type ObjectiveRecord = Versioned<ObjectiveFields>;

export type LinkRecord = Versioned<Link>;

/** A KPI without its values; `objective` says where it sits. */
export type KpiFields = Omit<Kpi, 'values'> & { readonly objective: ObjectiveId };
export type KpiRecord = Versioned<KpiFields>;

export type InitiativeFields = Initiative & { readonly objective: ObjectiveId };
export type InitiativeRecord = Versioned<InitiativeFields>;

export interface KpiValueRecord extends KpiValue {
  readonly version: number;
  readonly author: string;
  /** ISO time of the last change. */
  readonly updatedAt: string;
}

/** Everything an objective carries when it is created or deleted (for undo). */
export type ObjectiveSnapshot = Objective & { readonly links: readonly Link[] };
/** A KPI with its values, as created or deleted. */
export type KpiSnapshot = Kpi & { readonly objective: ObjectiveId };

/** Fields an update may change: everything but the key (keys are stable addresses). */
export type Patch<T> = Partial<Omit<T, 'id' | 'key' | 'version'>>;
