import {
  type Aggregation,
  type Frequency,
  type Indicator,
  type Initiative,
  type InitiativeStatus,
  type Kpi,
  type LagUnit,
  type Link,
  type Objective,
  type Optimization,
  type Perspective,
  type RollupMethod,
  type Target,
  type Thresholds,
  initiativeId,
  kpiId,
  objectiveId,
  periodOf,
  perspectiveId,
  scorecardId,
} from '@bearing/core';
import type { ScorecardFields } from '../records.ts';
import { extraFields, extraJson } from './extra-fields.ts';
import type { InitiativeTable } from '../tables/initiative.table.ts';
import type { KpiTargetTable } from '../tables/kpi-target.table.ts';
import type { KpiTable } from '../tables/kpi.table.ts';
import type { LinkTable } from '../tables/link.table.ts';
import type { ObjectiveTable } from '../tables/objective.table.ts';
import type { PerspectiveTable } from '../tables/perspective.table.ts';
import type { ScorecardTable } from '../tables/scorecard.table.ts';

/**
 * Row ↔ domain mapping, the only place that knows both shapes. Enum columns are text; the
 * values were validated by the core before they were written, so reading casts them back.
 */
type Owned<T> = Omit<T, 'id' | 'version' | 'created_at' | 'updated_at' | 'position'>;

export function auditColumns(now: string) {
  return { version: 1, created_at: now, updated_at: now };
}

export function scorecardFromRow(row: ScorecardTable): ScorecardFields {
  return {
    id: scorecardId(row.key),
    name: row.name,
    description: row.description,
    owner: row.owner,
    thresholds: { green: row.threshold_green, amber: row.threshold_amber },
    ...extraFields('scorecard', row.extra_json, row.key),
  };
}

export function scorecardColumns(s: ScorecardFields): Omit<Owned<ScorecardTable>, 'workspace_id'> {
  return {
    key: s.id,
    name: s.name,
    description: s.description,
    owner: s.owner,
    threshold_green: s.thresholds.green,
    threshold_amber: s.thresholds.amber,
    extra_json: extraJson(s, 'scorecard'),
  };
}

export function perspectiveFromRow(row: PerspectiveTable): Perspective {
  return {
    id: perspectiveId(row.key),
    name: row.name,
    weight: row.weight,
    ...extraFields('perspective', row.extra_json, row.key),
  };
}

export function perspectiveColumns(p: Perspective) {
  return { key: p.id, name: p.name, weight: p.weight, extra_json: extraJson(p, 'perspective') };
}

/** Keys of the objectives an objective row points at, resolved by the caller. */
export interface ObjectiveRefs {
  readonly perspective: string;
  readonly parent: string | null;
  readonly contributesTo: { readonly scorecard: string; readonly objective: string } | null;
}

export function objectiveFromRow(
  row: ObjectiveTable,
  refs: ObjectiveRefs,
): Omit<Objective, 'kpis' | 'initiatives'> {
  return {
    id: objectiveId(row.key),
    name: row.name,
    perspective: perspectiveId(refs.perspective),
    weight: row.weight,
    rollup: row.rollup as RollupMethod,
    owner: row.owner,
    description: row.description,
    parent: refs.parent === null ? null : objectiveId(refs.parent),
    contributesTo:
      refs.contributesTo === null
        ? null
        : {
            scorecard: scorecardId(refs.contributesTo.scorecard),
            objective: objectiveId(refs.contributesTo.objective),
          },
    ...extraFields('objective', row.extra_json, row.key),
  };
}

export function objectiveColumns(o: Omit<Objective, 'kpis' | 'initiatives'>) {
  return {
    key: o.id,
    name: o.name,
    weight: o.weight,
    rollup: o.rollup,
    owner: o.owner,
    description: o.description,
    extra_json: extraJson(o, 'objective'),
  };
}

export function linkFromRow(row: LinkTable, from: string, to: string): Link {
  return {
    from: objectiveId(from),
    to: objectiveId(to),
    hypothesis: row.hypothesis,
    lag:
      row.lag_count === null || row.lag_unit === null
        ? null
        : { count: row.lag_count, unit: row.lag_unit as LagUnit },
    ...extraFields('link', row.extra_json, `${from}->${to}`),
  };
}

export function linkColumns(l: Link) {
  return {
    hypothesis: l.hypothesis,
    lag_count: l.lag?.count ?? null,
    lag_unit: l.lag?.unit ?? null,
    extra_json: extraJson(l, 'link'),
  };
}

/** `[low, high]` is stored as two columns; a plain number leaves the high column null. */
function targetFromColumns(low: number | null, high: number | null): Target | null {
  if (low === null) return null;
  return high === null ? low : [low, high];
}

function targetColumns(t: Target | null): {
  target: number | null;
  target_high: number | null;
} {
  if (t === null) return { target: null, target_high: null };
  return typeof t === 'number'
    ? { target: t, target_high: null }
    : { target: t[0], target_high: t[1] };
}

export function kpiFromRow(row: KpiTable, targets: readonly KpiTargetTable[]): Omit<Kpi, 'values'> {
  const thresholds: Thresholds | null =
    row.threshold_green === null || row.threshold_amber === null
      ? null
      : { green: row.threshold_green, amber: row.threshold_amber };
  const byPeriod: Record<string, Target> = {};
  for (const t of targets)
    byPeriod[t.period] = targetFromColumns(t.target, t.target_high) ?? t.target;
  return {
    id: kpiId(row.key),
    name: row.name,
    description: row.description,
    unit: row.unit,
    indicator: row.indicator as Indicator | null,
    optimization: row.optimization as Optimization,
    baseline: row.baseline,
    target: targetFromColumns(row.target, row.target_high),
    targets: byPeriod,
    min: row.min,
    max: row.max,
    weight: row.weight,
    frequency: row.frequency as Frequency,
    aggregation: row.aggregation as Aggregation,
    carryForward: row.carry_forward === 1,
    thresholds,
    allowNegative: row.allow_negative === 1,
    owner: row.owner,
    ...extraFields('kpi', row.extra_json, row.key),
    // Present only on a calculated KPI, as the file's parser builds it.
    ...(row.formula === null ? {} : { formula: row.formula }),
  };
}

export function kpiColumns(k: Omit<Kpi, 'values'>) {
  return {
    key: k.id,
    name: k.name,
    description: k.description,
    unit: k.unit,
    indicator: k.indicator,
    optimization: k.optimization,
    baseline: k.baseline,
    ...targetColumns(k.target),
    min: k.min,
    max: k.max,
    weight: k.weight,
    frequency: k.frequency,
    aggregation: k.aggregation,
    carry_forward: k.carryForward ? 1 : 0,
    allow_negative: k.allowNegative ? 1 : 0,
    threshold_green: k.thresholds?.green ?? null,
    threshold_amber: k.thresholds?.amber ?? null,
    owner: k.owner,
    formula: k.formula ?? null,
    extra_json: extraJson(k, 'kpi'),
  };
}

export function kpiTargetRows(
  kpiRowId: string,
  targets: Readonly<Record<string, Target>>,
): KpiTargetTable[] {
  return Object.entries(targets).map(([key, target]) => {
    const period = periodOf(key);
    const cols = targetColumns(target);
    return {
      kpi_id: kpiRowId,
      period: period.key,
      period_start: period.start,
      period_end: period.end,
      target: cols.target ?? 0,
      target_high: cols.target_high,
    };
  });
}

export function initiativeFromRow(row: InitiativeTable): Initiative {
  return {
    id: initiativeId(row.key),
    name: row.name,
    owner: row.owner,
    description: row.description,
    start: row.start_date,
    due: row.due_date,
    budget: row.budget,
    spent: row.spent,
    progress: row.progress,
    status: row.status as InitiativeStatus,
    ...extraFields('initiative', row.extra_json, row.key),
  };
}

export function initiativeColumns(i: Initiative) {
  return {
    key: i.id,
    name: i.name,
    owner: i.owner,
    description: i.description,
    start_date: i.start,
    due_date: i.due,
    budget: i.budget,
    spent: i.spent,
    progress: i.progress,
    status: i.status,
    extra_json: extraJson(i, 'initiative'),
  };
}
