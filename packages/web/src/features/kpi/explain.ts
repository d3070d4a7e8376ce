/**
 * "How is this scored?": the explain API's answer (core's explainKpiScore steps with the KPI's
 * score for the period) turned into readable lines. Only formatting: every number is the
 * server's, and the status is the one it computed.
 */
import type { ExplanationStep, FormulaInput, Status, Target, Thresholds } from '../../api/types.ts';
import { formatScore, formatTarget, formatValue, STATUS_LABEL } from '../../lib/format.ts';
import { parseKey } from '../../lib/period-range.ts';
import { periodLabel } from '../../lib/periods.ts';

/** GET …/kpis/{kpi}/explain?period=P (packages/server/src/routes/explain). */
export interface KpiExplanation {
  readonly scorecard: string;
  readonly kpi: string;
  readonly name: string;
  readonly period: string;
  readonly score: number | null;
  readonly status: Status;
  readonly value: number | null;
  readonly valuePeriod: string | null;
  readonly stale: boolean;
  readonly overdue: boolean;
  readonly progress: number | null;
  readonly target: Target | null;
  readonly baseline: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: string | null;
  readonly optimization: string;
  readonly thresholds: Thresholds;
  readonly thresholdsFrom: 'kpi' | 'scorecard';
  readonly steps: readonly ExplanationStep[];
  /** A calculated KPI's formula (null or absent: values are entered). */
  readonly formula?: string | null;
  /** What the formula read, with each input's value as of the period. */
  readonly inputs?: readonly FormulaInput[];
}

export interface NumberChip {
  readonly label: string;
  readonly value: string;
}

export interface ExplainedStep {
  readonly title: string;
  readonly formula: string;
  readonly numbers: readonly NumberChip[];
}

/** Scores, thresholds and progress are fractions shown as percent; the rest are in the unit. */
const FRACTIONS = new Set(['score', 'green', 'amber', 'progress']);

const LABELS: Readonly<Record<string, string>> = {
  value: 'value',
  target: 'target',
  score: 'score',
  progress: 'progress',
  green: 'green from',
  amber: 'amber from',
  lo: 'scale low',
  hi: 'scale high',
};

/** A step's numbers as chips: period keys become "Jun 2026", fractions percent. */
export function numberChips(
  numbers: Readonly<Record<string, number | null>>,
  unit: string | null,
): NumberChip[] {
  return Object.entries(numbers).map(([key, n]) => {
    const isPeriod = parseKey(key) !== null;
    const label = isPeriod ? periodLabel(key) : (LABELS[key] ?? key);
    const value = FRACTIONS.has(key) ? formatScore(n) : formatValue(n, unit);
    return { label, value };
  });
}

// Period keys inside a step's words ("Used the value for 2026-06"), but not a quoted key
// (`targets["2026-04"]` names the key as written); formulas are left as sent.
const PERIOD_IN_TEXT = /(?<!")\b\d{4}-(?:H[12]|Q[1-4]|W\d{2}|\d{2}(?:-\d{2})?)\b(?!")/g;

/** A step's words with period keys as people read them: "Used the value for Jun 2026". */
export function readableStep(text: string): string {
  return text.replace(PERIOD_IN_TEXT, (key) => periodLabel(key));
}

/**
 * The steps for reading. The formula already carries its numbers; chips are added only for
 * the values a step folded (which period gave which value), which the formula does not name.
 */
export function explainSteps(explanation: KpiExplanation): ExplainedStep[] {
  return explanation.steps.map((s) => {
    const periods = Object.fromEntries(
      Object.entries(s.numbers).filter(([key]) => parseKey(key) !== null),
    );
    return {
      title: readableStep(s.step),
      formula: s.formula,
      numbers: Object.keys(periods).length > 1 ? numberChips(periods, explanation.unit) : [],
    };
  });
}

/** The outcome in one sentence: the server's status and the threshold it was judged by. */
export function verdict(e: KpiExplanation): string {
  const whose = e.thresholdsFrom === 'kpi' ? "this KPI's own" : "the scorecard's";
  const green = formatScore(e.thresholds.green);
  const amber = formatScore(e.thresholds.amber);
  const score = formatScore(e.score);
  const label = STATUS_LABEL[e.status];
  switch (e.status) {
    case 'green':
      return `${label}: the score ${score} reaches green at ${green} (${whose} thresholds).`;
    case 'amber':
      return `${label}: the score ${score} is below green (${green}) but reaches amber at ${amber} (${whose} thresholds).`;
    case 'red':
      return `${label}: the score ${score} is below amber (${amber}) (${whose} thresholds).`;
    case 'none':
      return `${label}: no score for ${periodLabel(e.period)}, so no status.`;
  }
}

/** The headline numbers: value vs target, with where the value came from. */
export function summary(e: KpiExplanation): string {
  const value = formatValue(e.value, e.unit);
  const target = formatTarget(e.target, e.unit);
  const from =
    e.valuePeriod && e.valuePeriod !== e.period ? ` (from ${periodLabel(e.valuePeriod)})` : '';
  return `${periodLabel(e.period)}: value ${value}${from} against target ${target}`;
}
