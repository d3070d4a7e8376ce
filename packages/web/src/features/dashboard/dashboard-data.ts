/**
 * What the dashboard lists, picked from the API's score tree and initiative records: the worst
 * red KPIs, the overdue ones, how many KPIs have data, and the initiatives by status. Nothing
 * here computes a score; it selects, sorts, counts and adds up money.
 */
import type {
  InitiativeRecord,
  KpiScore,
  ObjectiveScore,
  ScorecardScore,
} from '../../api/types.ts';

export interface KpiItem {
  readonly kpi: KpiScore;
  readonly objective: { readonly id: string; readonly name: string };
}

/** Every KPI of the scorecard itself (cascade contributors belong to their own scorecards). */
export function scorecardKpis(tree: ScorecardScore): KpiItem[] {
  const items: KpiItem[] = [];
  const walk = (o: ObjectiveScore) => {
    if (o.scorecard !== tree.id) return;
    for (const kpi of o.kpis) items.push({ kpi, objective: { id: o.id, name: o.name } });
    o.objectives.forEach(walk);
  };
  for (const p of tree.perspectives) p.objectives.forEach(walk);
  return items;
}

/** Red KPIs, worst score first; ties keep the scorecard's order. */
export function worstRedKpis(items: readonly KpiItem[], limit: number): KpiItem[] {
  return items
    .filter((i) => i.kpi.status === 'red')
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.kpi.score ?? 0) - (b.item.kpi.score ?? 0) || a.index - b.index)
    .slice(0, limit)
    .map((x) => x.item);
}

export function overdueKpis(items: readonly KpiItem[]): KpiItem[] {
  return items.filter((i) => i.kpi.overdue);
}

export interface KpiCoverage {
  /** KPIs with a value for the period (carried-forward values count, and are counted apart). */
  readonly withData: number;
  readonly stale: number;
  readonly total: number;
}

export function kpiCoverage(items: readonly KpiItem[]): KpiCoverage {
  let withData = 0;
  let stale = 0;
  for (const { kpi } of items) {
    if (kpi.value !== null) withData++;
    if (kpi.value !== null && kpi.stale) stale++;
  }
  return { withData, stale, total: items.length };
}

export interface InitiativeSummary {
  readonly total: number;
  /** In the catalog's order, only statuses that occur. */
  readonly byStatus: readonly { readonly status: string; readonly count: number }[];
  /** Sums over the initiatives that state them. */
  readonly budget: number;
  readonly spent: number;
}

const STATUS_ORDER = ['late', 'at-risk', 'on-track', 'not-started', 'done', 'cancelled'];

export function summarizeInitiatives(initiatives: readonly InitiativeRecord[]): InitiativeSummary {
  const counts = new Map<string, number>();
  let budget = 0;
  let spent = 0;
  for (const i of initiatives) {
    counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
    budget += i.budget ?? 0;
    spent += i.spent ?? 0;
  }
  const known = STATUS_ORDER.filter((s) => counts.has(s));
  const other = [...counts.keys()].filter((s) => !STATUS_ORDER.includes(s));
  return {
    total: initiatives.length,
    byStatus: [...known, ...other].map((status) => ({ status, count: counts.get(status) ?? 0 })),
    budget,
    spent,
  };
}

/** Open initiatives that need attention first (late, at risk), then the rest by due date. */
export function sortInitiatives(initiatives: readonly InitiativeRecord[]): InitiativeRecord[] {
  const rank = (status: string) => {
    const index = STATUS_ORDER.indexOf(status);
    return index === -1 ? STATUS_ORDER.length : index;
  };
  return [...initiatives].sort(
    (a, b) =>
      rank(a.status) - rank(b.status) ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.name.localeCompare(b.name),
  );
}
