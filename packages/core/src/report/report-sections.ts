import type { Block } from '../document/block.ts';
import { formatNumber, formatScore, formatTarget, formatValue } from '../document/format.ts';
import type { Kpi, Objective, Scorecard } from '../model/strategy.ts';
import { type Period, periodOf } from '../periods/period.ts';
import type { KpiScore, ObjectiveScore, ScorecardScore } from '../scoring/types.ts';
import { initiativeCost } from './earned-value.ts';

/**
 * The board report's tables as neutral blocks (rendered by the strategy document's renderer).
 * Every score and status is the engine's; this file only arranges and formats them.
 */

/** Every objective's score by id, sub-objectives included. */
export function objectiveScoreMap(score: ScorecardScore): Map<string, ObjectiveScore> {
  const byId = new Map<string, ObjectiveScore>();
  const visit = (o: ObjectiveScore) => {
    byId.set(o.id, o);
    o.objectives.forEach(visit);
  };
  for (const p of score.perspectives) p.objectives.forEach(visit);
  return byId;
}

export function perspectiveBlocks(score: ScorecardScore): Block[] {
  return [
    { kind: 'heading', level: 2, text: 'Perspective scores' },
    {
      kind: 'table',
      head: ['Perspective', 'Score', 'Status', 'Objectives scored'],
      rows: [
        ...score.perspectives.map((p) => [
          p.name,
          formatScore(p.score),
          p.status,
          `${p.coverage.scored} of ${p.coverage.total}`,
        ]),
        [
          'Scorecard',
          formatScore(score.score),
          score.status,
          `${score.coverage.scored} of ${score.coverage.total}`,
        ],
      ],
    },
  ];
}

/** Objectives grouped by perspective, one row per KPI (an objective without KPIs gets one row). */
export function scorecardTableBlocks(sc: Scorecard, score: ScorecardScore): Block[] {
  const byId = objectiveScoreMap(score);
  const rows: string[][] = [];
  for (const p of sc.perspectives) {
    for (const o of sc.objectives.filter((x) => x.perspective === p.id)) {
      const os = byId.get(o.id);
      const objectiveCell = `${o.name} (${formatScore(os?.score ?? null)})`;
      if (o.kpis.length === 0) rows.push([p.name, objectiveCell, '', '', '', '', os?.status ?? '']);
      for (const k of o.kpis) {
        const ks = os?.kpis.find((x) => x.id === k.id);
        rows.push([
          p.name,
          objectiveCell,
          k.name,
          formatValue(ks?.value ?? null, k.unit),
          formatTarget(ks?.target ?? k.target, k.unit, k.optimization, k.baseline),
          formatScore(ks?.score ?? null),
          ks?.status ?? 'none',
        ]);
      }
    }
  }
  return [
    { kind: 'heading', level: 2, text: 'Scorecard' },
    {
      kind: 'table',
      head: ['Perspective', 'Objective (score)', 'KPI', 'Actual', 'Target', 'Score', 'Status'],
      rows,
    },
  ];
}

/** Red KPIs and KPIs whose data is overdue, each with the latest comment given up to the period. */
export function attentionBlocks(sc: Scorecard, score: ScorecardScore, period: Period): Block[] {
  const byId = objectiveScoreMap(score);
  const rows: string[][] = [];
  for (const o of sc.objectives) {
    for (const k of o.kpis) {
      const ks = byId.get(o.id)?.kpis.find((x) => x.id === k.id);
      if (ks === undefined || (ks.status !== 'red' && !ks.overdue)) continue;
      rows.push([
        `${k.name} (${o.name})`,
        formatValue(ks.value, k.unit),
        formatScore(ks.score),
        attentionReason(ks),
        latestComment(k, period) ?? '',
      ]);
    }
  }
  return [
    { kind: 'heading', level: 2, text: 'Red and overdue KPIs' },
    rows.length === 0
      ? { kind: 'paragraph', text: 'No KPI is red or overdue.' }
      : {
          kind: 'table',
          head: ['KPI (objective)', 'Actual', 'Score', 'Why listed', 'Latest comment'],
          rows,
        },
  ];
}

function attentionReason(ks: KpiScore): string {
  const why = [ks.status === 'red' ? 'red' : null, ks.overdue ? 'overdue' : null];
  return why.filter((w) => w !== null).join(', ');
}

/** The comment of the latest value up to the end of `period` that has one. */
export function latestComment(kpi: Kpi, period: Period): string | null {
  let best: { end: number; comment: string } | null = null;
  for (const v of kpi.values) {
    if (v.comment === null || v.comment.trim() === '') continue;
    const end = periodOf(v.period).end;
    if (end <= period.end && (best === null || end > best.end)) best = { end, comment: v.comment };
  }
  return best?.comment ?? null;
}

const money = (n: number | null) => (n === null ? '' : formatNumber(n));

export function initiativeBlocks(sc: Scorecard): Block[] {
  const rows = sc.objectives.flatMap((o: Objective) =>
    o.initiatives.map((i) => {
      const cost = initiativeCost(i);
      return [
        i.name,
        o.name,
        i.owner ?? '',
        i.due ?? '',
        money(i.budget),
        money(i.spent),
        i.progress === null ? '' : formatScore(i.progress),
        money(cost.earnedValue),
        money(cost.costVariance),
        i.status,
      ];
    }),
  );
  return [
    { kind: 'heading', level: 2, text: 'Initiatives' },
    rows.length === 0
      ? { kind: 'paragraph', text: 'No initiatives.' }
      : {
          kind: 'paragraph',
          text: 'Earned value = budget × progress; cost variance = earned value − spent (negative: over cost for the work done).',
        },
    ...(rows.length === 0
      ? []
      : [
          {
            kind: 'table' as const,
            head: [
              'Initiative',
              'Objective',
              'Owner',
              'Due',
              'Budget',
              'Spent',
              'Progress',
              'Earned value',
              'Cost variance',
              'Status',
            ],
            rows,
          },
        ]),
  ];
}

/** One objective's score now and in the previous period, from the engine's history. */
export interface ObjectiveChange {
  readonly objective: Objective;
  readonly previous: number | null;
  readonly current: number | null;
}

export function changeBlocks(
  previous: string | null,
  current: string,
  changes: readonly ObjectiveChange[],
): Block[] {
  const head: Block = { kind: 'heading', level: 2, text: 'Changes since the previous period' };
  if (previous === null) {
    return [head, { kind: 'paragraph', text: 'There is no previous period to compare with.' }];
  }
  return [
    head,
    {
      kind: 'table',
      head: ['Objective', previous, current, 'Change'],
      rows: changes.map((c) => [
        c.objective.name,
        formatScore(c.previous),
        formatScore(c.current),
        formatDelta(c.previous, c.current),
      ]),
    },
  ];
}

/** `+12.5 pts`, `−3.0 pts`, `±0.0 pts`; empty when either score is missing. */
export function formatDelta(previous: number | null, current: number | null): string {
  if (previous === null || current === null) return '';
  const points = (current - previous) * 100;
  const rounded = Math.round(points * 10) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${Math.abs(rounded).toFixed(1)} pts`;
}
