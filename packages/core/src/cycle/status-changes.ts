import type { KpiScore, ObjectiveScore, ScorecardScore, Status } from '../scoring/types.ts';

/**
 * "A KPI turned red" and "a red KPI recovered" (docs/notifications.md): the scan compares each
 * KPI's status now with the last one it saw (the status marks). The first sight of a KPI only
 * records it — a new install or import must not announce every red KPI as news — and "no data"
 * leaves the mark alone, because a missing value says nothing about whether the KPI got better.
 */

export interface KpiStatusSeen {
  /** `kpi:<scorecard>/<kpi>`, the status mark's subject. */
  readonly subject: string;
  readonly scorecard: string;
  readonly scorecardName: string;
  readonly kpi: string;
  readonly kpiName: string;
  readonly status: Status;
  readonly period: string;
}

export interface StatusChange {
  readonly kind: 'kpi.red' | 'kpi.recovered';
  readonly kpi: KpiStatusSeen;
  readonly previous: string;
}

export interface StatusScan {
  readonly changes: readonly StatusChange[];
  /** The marks to store: every KPI seen with a status other than "none". */
  readonly marks: readonly {
    readonly subject: string;
    readonly state: Status;
    readonly period: string;
  }[];
}

/** Every KPI of the scorecard's tree (sub-objectives included; contributors are other scorecards'). */
export function kpiScoresOf(score: ScorecardScore): KpiScore[] {
  const out: KpiScore[] = [];
  const visit = (objective: ObjectiveScore): void => {
    out.push(...objective.kpis);
    for (const child of objective.objectives) visit(child);
  };
  for (const perspective of score.perspectives) for (const o of perspective.objectives) visit(o);
  return out;
}

export function kpiStatusesOf(score: ScorecardScore): KpiStatusSeen[] {
  return kpiScoresOf(score).map((k) => ({
    subject: `kpi:${score.id}/${k.id}`,
    scorecard: score.id,
    scorecardName: score.name,
    kpi: k.id,
    kpiName: k.name,
    status: k.status,
    period: k.period,
  }));
}

export function scanStatuses(
  previous: ReadonlyMap<string, string>,
  current: readonly KpiStatusSeen[],
): StatusScan {
  const changes: StatusChange[] = [];
  const marks: StatusScan['marks'][number][] = [];
  for (const kpi of current) {
    if (kpi.status === 'none') continue;
    marks.push({ subject: kpi.subject, state: kpi.status, period: kpi.period });
    const before = previous.get(kpi.subject);
    if (before === undefined || before === kpi.status) continue;
    if (kpi.status === 'red') changes.push({ kind: 'kpi.red', kpi, previous: before });
    else if (before === 'red') changes.push({ kind: 'kpi.recovered', kpi, previous: before });
  }
  return { changes, marks };
}
