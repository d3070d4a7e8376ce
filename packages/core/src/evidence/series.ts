import type { KpiId } from '../model/ids.ts';
import type { Frequency, Optimization } from '../model/strategy.ts';
import { periodContaining } from '../periods/containing.ts';
import { periodRange, type Period } from '../periods/period.ts';
import { createRunContext } from '../scoring/context.ts';
import { SOURCE_NONE, STALE, type KpiNumbers } from '../scoring/kpi-score.ts';
import { UnknownNodeError } from '../scoring/lookup.ts';
import { ScoreNumbers } from '../scoring/numbers.ts';
import { runNumericPass } from '../scoring/numeric-pass.ts';
import { objectiveScope, type ScoringPlan } from '../scoring/plan.ts';
import type { PreparedObjective } from '../scoring/prepare.ts';
import { seriesStepMonths, type EvidenceStep } from './step.ts';

/**
 * One end of a link as a series: an objective's score (its roll-up, cascade included) or one of
 * its KPIs' scores. Both are direction-aware, so "up" is always "better".
 */
export interface SeriesSide {
  readonly name: string;
  /** The objective's index in the plan; for a KPI side, the objective that holds it. */
  readonly objective: number;
  /** The KPI's index in the plan, or -1 for the objective's score. */
  readonly kpi: number;
  /** The KPI's direction (how to say "better" in words); null for an objective. */
  readonly optimization: Optimization | null;
  /** The scorable KPIs the score is built from: a period is observed when one has fresh data. */
  readonly sources: readonly number[];
  /** The finest step the side has data for, in months. */
  readonly stepMonths: number;
}

export function sideOf(plan: ScoringPlan, po: PreparedObjective, kpiId: KpiId | null): SeriesSide {
  if (kpiId !== null) {
    const pk = po.kpis.find((k) => k.id === kpiId);
    if (pk === undefined) throw new UnknownNodeError('KPI', kpiId, po.scorecard.id);
    return {
      name: pk.name,
      objective: po.index,
      kpi: pk.index,
      optimization: pk.optimization,
      sources: [pk.index],
      stepMonths: seriesStepMonths([pk.kpi.frequency]),
    };
  }
  const sources: number[] = [];
  const frequencies: Frequency[] = [];
  for (const o of objectiveScope(plan, [po.index]).byIndex) {
    for (let k = plan.kpiFrom[o] ?? 0; k < (plan.kpiFrom[o + 1] ?? 0); k++) {
      const pk = plan.kpis[k];
      if (pk === undefined || pk.optimization === 'none') continue;
      sources.push(k);
      if (pk.to > pk.from) frequencies.push(pk.kpi.frequency);
    }
  }
  return {
    name: po.objective.name,
    objective: po.index,
    kpi: -1,
    optimization: null,
    sources,
    stepMonths: frequencies.length === 0 ? 1 : seriesStepMonths(frequencies),
  };
}

/** A longer history is cut to its most recent steps: 20 years of months is plenty. */
export const MAX_STEPS = 240;

/** The periods of `step` from the sides' earliest value up to the one holding `to`'s end. */
export function seriesPeriods(
  plan: ScoringPlan,
  sides: readonly SeriesSide[],
  step: EvidenceStep,
  to: Period,
): Period[] {
  const store = plan.params.store;
  let first = Infinity;
  for (const side of sides) {
    for (const k of side.sources) {
      const pk = plan.kpis[k];
      if (pk === undefined) continue;
      for (let i = pk.from; i < pk.to; i++) first = Math.min(first, store.starts[i] ?? Infinity);
    }
  }
  const last = periodContaining(step, to.end);
  if (!Number.isFinite(first) || first > last.end) return [];
  const periods = periodRange(periodContaining(step, first), last, Number.MAX_SAFE_INTEGER);
  return periods.slice(-MAX_STEPS);
}

/**
 * Each side's score in each period, NaN where it is not an observation: no score, or a score
 * built only from carried-forward values (a repeated old number is not news). One numeric pass
 * per period over what the sides depend on, the engine's own (no re-scoring by hand).
 */
export function extractSeries(
  plan: ScoringPlan,
  sides: readonly SeriesSide[],
  periods: readonly Period[],
): number[][] {
  const out = sides.map(() => new Array<number>(periods.length).fill(NaN));
  const first = periods[0];
  if (first === undefined) return out;
  const scope = objectiveScope(
    plan,
    sides.map((s) => s.objective),
  );
  const numbers = new ScoreNumbers(plan, first);
  periods.forEach((period, t) => {
    numbers.period = period;
    runNumericPass(numbers, createRunContext(period), scope);
    sides.forEach((side, s) => {
      if (!fresh(numbers.kpi, side.sources)) return;
      const score =
        side.kpi >= 0 ? numbers.kpi.score[side.kpi] : numbers.objective.score[side.objective];
      if (score !== undefined && !Number.isNaN(score)) out[s]![t] = score;
    });
  });
  return out;
}

function fresh(kpi: KpiNumbers, sources: readonly number[]): boolean {
  for (const k of sources)
    if (kpi.source[k] !== SOURCE_NONE && ((kpi.flags[k] ?? 0) & STALE) === 0) return true;
  return false;
}
