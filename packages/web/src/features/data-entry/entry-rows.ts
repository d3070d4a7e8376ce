/**
 * The rows of the data-entry grid: one per KPI of the scorecard, in the order of the scorecard
 * (perspective, objective), with the value already stored for the entry period, the value before
 * it, and the KPI's status from the score tree. Built once per data change, for 300 KPIs at once.
 */
import { comparePeriods, parsePeriod, type Period } from '@bearing/core';
import type {
  KpiScore,
  ObjectiveScore,
  ScorecardDetail,
  ScorecardScore,
  Status,
} from '../../api/types.ts';
import { entryPeriod } from './entry-period.ts';

export interface StoredEntry {
  readonly value: number;
  readonly comment: string | null;
}

export interface EntryRow {
  readonly kpi: string;
  readonly name: string;
  readonly objective: string;
  readonly objectiveName: string;
  readonly unit: string | null;
  readonly owner: string | null;
  readonly frequency: string;
  /** The period the value is written for. */
  readonly period: string;
  readonly due: boolean;
  readonly dueBy: string | null;
  /** What is stored for `period` already (prefills the inputs). */
  readonly stored: StoredEntry | null;
  /** The newest value before `period`: what the owner compares with. */
  readonly last: { readonly period: string; readonly value: number } | null;
  readonly status: Status;
  readonly score: number | null;
  /** A formula KPI: shown read-only with its computed value, never sent. */
  readonly calculated: boolean;
  /** A calculated KPI's value as the server computed it for the period scored. */
  readonly computed: {
    readonly value: number | null;
    readonly period: string;
    readonly stale: boolean;
  } | null;
}

function kpiScores(tree: ScorecardScore | undefined): Map<string, KpiScore> {
  const map = new Map<string, KpiScore>();
  const walk = (o: ObjectiveScore) => {
    if (o.scorecard !== tree?.id) return;
    for (const k of o.kpis) map.set(k.id, k);
    o.objectives.forEach(walk);
  };
  for (const p of tree?.perspectives ?? []) p.objectives.forEach(walk);
  return map;
}

export function buildEntryRows(
  detail: ScorecardDetail,
  tree: ScorecardScore | undefined,
  viewed: string,
): EntryRow[] {
  const scores = kpiScores(tree);
  const order = new Map(detail.perspectives.map((p, i) => [p.id, i]));
  const objectives = detail.objectives
    .map((o, index) => ({ o, index }))
    .sort(
      (a, b) =>
        (order.get(a.o.perspective) ?? 99) - (order.get(b.o.perspective) ?? 99) ||
        a.index - b.index,
    );
  const rows: EntryRow[] = [];
  for (const { o } of objectives) {
    for (const kpi of o.kpis) {
      const entry = entryPeriod(kpi.frequency, viewed);
      if (entry === null) continue;
      const target = parsePeriod(entry.period);
      const stored = kpi.values.find((v) => v.period === entry.period);
      let last: { period: Period; value: number } | null = null;
      for (const v of kpi.values) {
        const parsed = parsePeriod(v.period);
        if (!parsed.ok || !target.ok || v.period === entry.period) continue;
        if (parsed.period.end > target.period.end) continue;
        if (last === null || comparePeriods(parsed.period, last.period) > 0) {
          last = { period: parsed.period, value: v.value };
        }
      }
      const score = scores.get(kpi.id);
      const calculated = typeof kpi.formula === 'string' && kpi.formula !== '';
      rows.push({
        kpi: kpi.id,
        name: kpi.name,
        objective: o.id,
        objectiveName: o.name,
        unit: kpi.unit,
        owner: kpi.owner,
        frequency: kpi.frequency,
        period: entry.period,
        due: entry.due,
        dueBy: entry.dueBy,
        stored: stored ? { value: stored.value, comment: stored.comment } : null,
        last: last ? { period: last.period.key, value: last.value } : null,
        status: score?.status ?? 'none',
        score: score?.score ?? null,
        calculated,
        computed:
          calculated && score
            ? { value: score.value, period: score.period, stale: score.stale }
            : null,
      });
    }
  }
  return rows;
}

/** The owners to filter by, sorted; KPIs without one are "No owner". */
export function distinctOwners(rows: readonly EntryRow[]): string[] {
  const owners = new Set<string>();
  for (const row of rows) if (row.owner) owners.add(row.owner);
  return [...owners].sort((a, b) => a.localeCompare(b));
}

export const NO_OWNER = '(none)';

export function filterRows(
  rows: readonly EntryRow[],
  owner: string | null,
  includeNotDue: boolean,
): EntryRow[] {
  return rows.filter(
    (row) =>
      (includeNotDue || row.due) &&
      (owner === null || (owner === NO_OWNER ? row.owner === null : row.owner === owner)),
  );
}
