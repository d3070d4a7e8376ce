import type { Frequency, KpiId, ObjectiveId, ScorecardId, Strategy } from '../model/index.ts';
import { formatDay } from '../periods/calendar.ts';
import { FREQUENCY_PERIOD_KIND, periodContaining } from '../periods/containing.ts';
import {
  type Period,
  type PeriodKey,
  nextPeriod,
  periodContains,
  periodOf,
} from '../periods/period.ts';

/**
 * Who owes which numbers for a reporting period (the monthly update cycle, docs/notifications.md).
 * A KPI owes one value per period of its frequency; the values owed in a cycle period are those
 * whose period ends inside it (a quarterly KPI owes nothing in February and its Q1 value in
 * March). The core reads no clock: `today` is passed in.
 */
export const COLLECTION_STATES = ['entered', 'due', 'overdue', 'upcoming'] as const;
export type CollectionState = (typeof COLLECTION_STATES)[number];

export interface CollectionInput {
  /** The cycle period: usually a month; any period kind works (a quarter collects three months). */
  readonly period: Period;
  /** Today as a day number (days since 1970-01-01), from the caller's clock. */
  readonly today: number;
  /** Days after a period's end during which a missing value is "due", not yet "overdue". */
  readonly graceDays: number;
  /** Only this scorecard; all of them when absent. */
  readonly scorecard?: ScorecardId;
}

export interface OwedValue {
  readonly scorecard: ScorecardId;
  readonly scorecardName: string;
  readonly objective: ObjectiveId;
  readonly kpi: KpiId;
  readonly kpiName: string;
  /** The KPI's owner, or its objective's when the KPI names none; null when neither does. */
  readonly owner: string | null;
  readonly frequency: Frequency;
  /** The KPI's own period the value is for. */
  readonly period: PeriodKey;
  /** ISO day: the last day the value is on time (the period's end plus the grace days). */
  readonly dueBy: string;
  readonly state: CollectionState;
  /** The value entered for the period (the latest one when several parts of it have values). */
  readonly value: number | null;
}

export type StateCounts = Readonly<Record<CollectionState, number>>;

export interface CollectionGroup {
  /** The owner, trimmed and lower-cased (null: KPIs with no owner), or the scorecard id. */
  readonly key: string | null;
  readonly name: string;
  readonly counts: StateCounts;
}

export interface CollectionReport {
  readonly period: PeriodKey;
  readonly today: string;
  readonly graceDays: number;
  readonly counts: StateCounts;
  readonly owners: readonly CollectionGroup[];
  readonly scorecards: readonly CollectionGroup[];
  /** By scorecard (file order), then objective and KPI (file order), then period. */
  readonly items: readonly OwedValue[];
}

export function collectionStatus(strategy: Strategy, input: CollectionInput): CollectionReport {
  const items: OwedValue[] = [];
  for (const scorecard of strategy.scorecards) {
    if (input.scorecard !== undefined && scorecard.id !== input.scorecard) continue;
    for (const objective of scorecard.objectives) {
      for (const kpi of objective.kpis) {
        // A calculated KPI owes nothing: its value comes from the inputs that are owed.
        if (typeof kpi.formula === 'string') continue;
        for (const owed of owedPeriods(kpi.frequency, input.period)) {
          const parts = kpi.values.filter((v) => periodContains(owed, periodOf(v.period)));
          const dueBy = owed.end + input.graceDays;
          items.push({
            scorecard: scorecard.id,
            scorecardName: scorecard.name,
            objective: objective.id,
            kpi: kpi.id,
            kpiName: kpi.name,
            // Someone has to be asked: a KPI without an owner is owed by its objective's owner.
            owner: kpi.owner ?? objective.owner,
            frequency: kpi.frequency,
            period: owed.key,
            dueBy: formatDay(dueBy),
            state: stateOf(parts.length > 0, owed, dueBy, input.today),
            value: parts.at(-1)?.value ?? null,
          });
        }
      }
    }
  }
  return {
    period: input.period.key,
    today: formatDay(input.today),
    graceDays: input.graceDays,
    counts: countStates(items),
    // Owners are free text on KPIs: "QA Lead" and "qa lead " are one person.
    owners: groupBy(
      items,
      (i) => i.owner?.trim().toLowerCase() ?? null,
      (i) => i.owner?.trim() ?? 'no owner',
    ),
    scorecards: groupBy(
      items,
      (i) => i.scorecard,
      (i) => i.scorecardName,
    ),
    items,
  };
}

/** The KPI's own periods that end inside the cycle period, earliest first. */
export function owedPeriods(frequency: Frequency, cycle: Period): Period[] {
  const out: Period[] = [];
  let p = periodContaining(FREQUENCY_PERIOD_KIND[frequency], cycle.start);
  while (p.start <= cycle.end) {
    if (p.end >= cycle.start && p.end <= cycle.end) out.push(p);
    if (p.end >= cycle.end) break;
    p = nextPeriod(p);
  }
  return out;
}

function stateOf(entered: boolean, owed: Period, dueBy: number, today: number): CollectionState {
  if (entered) return 'entered';
  if (today <= owed.end) return 'upcoming';
  return today <= dueBy ? 'due' : 'overdue';
}

function countStates(items: readonly OwedValue[]): StateCounts {
  const counts: Record<CollectionState, number> = { entered: 0, due: 0, overdue: 0, upcoming: 0 };
  for (const item of items) counts[item.state] += 1;
  return counts;
}

function groupBy(
  items: readonly OwedValue[],
  keyOf: (item: OwedValue) => string | null,
  nameOf: (item: OwedValue) => string,
): CollectionGroup[] {
  const groups = new Map<string | null, { name: string; items: OwedValue[] }>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key) ?? { name: nameOf(item), items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups].map(([key, group]) => ({
    key,
    name: group.name,
    counts: countStates(group.items),
  }));
}
