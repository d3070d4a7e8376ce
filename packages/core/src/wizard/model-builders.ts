import type { KpiIdea } from '../customer/types.ts';
import type { CustomerOutcome } from '../model/customer.ts';
import { initiativeId, kpiId, objectiveId, perspectiveId } from '../model/ids.ts';
import type { Initiative, Kpi, Link, Objective } from '../model/strategy.ts';
import { parseLag } from '../schema/lag.ts';

/**
 * Small constructors for the model objects the wizard emits, with every optional field at the
 * value the file builder gives it, so a generated strategy equals itself after a save and load.
 */

/** Shown on every generated KPI: the numbers are the knowledge base's, not the user's. */
export const PLACEHOLDER_KPI =
  'PLACEHOLDER baseline and target (examples from the Bearing knowledge base): set your own, then enter values.';
export const PLACEHOLDER_INITIATIVE =
  'PLACEHOLDER initiative suggested by the wizard: set the owner, dates and budget, or replace it.';

export interface KpiExtras {
  readonly segment?: string | null;
  readonly outcome?: CustomerOutcome | null;
}

export function kpiFrom(idea: KpiIdea, extras: KpiExtras = {}): Kpi {
  return {
    id: kpiId(idea.id),
    name: idea.name,
    description: PLACEHOLDER_KPI,
    unit: idea.unit,
    indicator: idea.indicator,
    optimization: idea.optimization,
    baseline: idea.baseline,
    target: idea.target,
    targets: {},
    min: null,
    max: null,
    weight: 1,
    frequency: 'monthly',
    aggregation: 'last',
    carryForward: false,
    thresholds: null,
    allowNegative: false,
    owner: null,
    values: [],
    segment: extras.segment ?? null,
    outcome: extras.outcome ?? null,
  };
}

export function initiativeNamed(id: string, name: string): Initiative {
  return {
    id: initiativeId(id),
    name,
    owner: null,
    description: PLACEHOLDER_INITIATIVE,
    start: null,
    due: null,
    budget: null,
    spent: null,
    progress: null,
    status: 'not-started',
  };
}

export interface ObjectiveSpec {
  readonly id: string;
  readonly name: string;
  readonly perspective: string;
  readonly kpis: readonly Kpi[];
  readonly initiative?: string;
  readonly description?: string;
  readonly parent?: string;
  readonly stakeholder?: string;
  readonly segment?: string;
}

export function objectiveFrom(spec: ObjectiveSpec): Objective {
  return {
    id: objectiveId(spec.id),
    name: spec.name,
    perspective: perspectiveId(spec.perspective),
    weight: 1,
    rollup: 'weighted',
    owner: null,
    description: spec.description ?? null,
    parent: spec.parent === undefined ? null : objectiveId(spec.parent),
    contributesTo: null,
    kpis: spec.kpis,
    initiatives:
      spec.initiative === undefined
        ? []
        : [initiativeNamed(`${spec.id}-initiative`, spec.initiative)],
    stakeholder: spec.stakeholder ?? null,
    segment: spec.segment ?? null,
    lint: null,
  };
}

export function linkOf(from: string, to: string, hypothesis: string, lag: string): Link {
  return { from: objectiveId(from), to: objectiveId(to), hypothesis, lag: parseLag(lag) };
}
