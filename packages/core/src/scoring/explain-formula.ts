import { formulaReads } from '../formulas/compile.ts';
import type { KpiId, ScorecardId } from '../model/ids.ts';
import { periodBefore } from '../periods/containing.ts';
import type { Period, PeriodKey } from '../periods/period.ts';
import { createRunContext } from './context.ts';
import { explainSteps } from './explain.ts';
import { createKpiNumbers, kpiScoreFrom, scoreKpiInto, type PreparedKpi } from './kpi-score.ts';
import type { PreparedStrategy } from './prepare.ts';
import type { ExplanationStep, KpiScore } from './types.ts';

/** One input of a calculated KPI as the explanation shows it. */
export interface FormulaInput {
  readonly scorecard: ScorecardId;
  readonly kpi: KpiId;
  readonly name: string;
  /** How the formula writes it: `[orders]`, `prev([orders], 12)`, `[rnd/problems]`. */
  readonly reference: string;
  /** The period whose value was read: P itself, or n periods before it for `prev`. */
  readonly period: PeriodKey | null;
  readonly value: number | null;
  readonly stale: boolean;
  /** The input is itself calculated. */
  readonly calculated: boolean;
}

export interface KpiExplanationParts {
  readonly score: KpiScore;
  readonly steps: readonly ExplanationStep[];
  /** The formula as written; null for a KPI whose values are entered. */
  readonly formula: string | null;
  readonly inputs: readonly FormulaInput[];
}

const fmt = (n: number | null): string => (n === null ? 'N/A' : String(+n.toFixed(4)));

/**
 * Explains a KPI of a prepared strategy as of `period`: for a calculated KPI the first step
 * lists each input with the value the formula read, then the same target, score and status steps
 * as for any KPI. The numbers come from the same pass that scores it.
 */
export function explainCalculatedKpi(
  prepared: PreparedStrategy,
  pk: PreparedKpi,
  period: Period,
): KpiExplanationParts {
  const params = prepared.plan.params;
  const one = createKpiNumbers(1);
  const ctx = createRunContext(period);
  scoreKpiInto(params, pk.index, ctx, one, 0);
  const score = kpiScoreFrom(pk, one, 0, period);
  const calculated = params.calculated;
  const compiled = calculated?.formulaOf(pk.index) ?? null;
  const inputs: FormulaInput[] = [];
  if (calculated !== null && compiled !== null) {
    for (const { slot, back } of formulaReads(compiled)) {
      const input = prepared.plan.kpis[slot];
      if (input === undefined) continue;
      const at = back === 0 ? period : periodBefore(period, back);
      const read = at === null ? { value: NaN, stale: false } : calculated.inputAt(slot, at);
      const own = input.kpi.id;
      const card = cardOf(prepared, slot);
      const ref = card === cardOf(prepared, pk.index) ? `[${own}]` : `[${card}/${own}]`;
      inputs.push({
        scorecard: card,
        kpi: own,
        name: input.name,
        reference: back === 0 ? ref : back === 1 ? `prev(${ref})` : `prev(${ref}, ${back})`,
        period: at?.key ?? null,
        value: Number.isNaN(read.value) ? null : read.value,
        stale: read.stale,
        calculated: calculated.isCalculated(slot),
      });
    }
  }
  const formula = pk.kpi.formula ?? null;
  const first: ExplanationStep = {
    step:
      score.value === null
        ? `Computed from its formula: no value for ${period.key} (an input has no data, or a division by zero)`
        : `Computed from its formula${score.stale ? ' (an input was carried forward: stale)' : ''}`,
    formula: `${formula ?? ''} with ${inputs.map((i) => `${i.reference} = ${fmt(i.value)}`).join(', ')} → ${fmt(score.value)}`,
    numbers: {
      ...Object.fromEntries(inputs.map((i) => [i.reference, i.value])),
      value: score.value,
    },
  };
  return { score, steps: explainSteps(pk, period, score, first, ctx), formula, inputs };
}

/** The scorecard id of KPI `k` of the plan (KPIs are laid out by objective, objectives by card). */
function cardOf(prepared: PreparedStrategy, k: number): ScorecardId {
  for (const o of prepared.plan.objectives) {
    const first = o.kpis[0]?.index ?? -1;
    if (k >= first && k < first + o.kpis.length) return o.scorecard.id;
  }
  return '' as ScorecardId;
}
