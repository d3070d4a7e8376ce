import type { Frequency, Lag, LagUnit } from '../model/strategy.ts';

/**
 * The step a link is tested at: the finest one both series have data for, never finer than a
 * month (daily and weekly KPIs are read month by month, as a strategy review reads them).
 */
export const EVIDENCE_STEPS = ['month', 'quarter', 'half', 'year'] as const;
export type EvidenceStep = (typeof EVIDENCE_STEPS)[number];

export const STEP_MONTHS: Readonly<Record<EvidenceStep, number>> = {
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};

const FREQUENCY_MONTHS: Readonly<Record<Frequency, number>> = {
  daily: 1,
  weekly: 1,
  monthly: 1,
  quarterly: 3,
  'half-yearly': 6,
  yearly: 12,
};

/** The step of a series whose KPIs report at these frequencies: its finest one. */
export function seriesStepMonths(frequencies: readonly Frequency[]): number {
  let months = 12;
  for (const f of frequencies) months = Math.min(months, FREQUENCY_MONTHS[f]);
  return months;
}

/** Two series are compared at the coarser of their steps: the finer one has no value between. */
export function stepOfMonths(months: number): EvidenceStep {
  return EVIDENCE_STEPS.find((s) => STEP_MONTHS[s] >= months) ?? 'year';
}

const UNIT_MONTHS: Readonly<Record<LagUnit, number>> = {
  day: 12 / 365.25,
  week: (7 * 12) / 365.25,
  month: 1,
  quarter: 3,
  year: 12,
};

/** A stated lag in whole steps (rounded: "2 weeks" at a monthly step is 0). */
export function lagInSteps(lag: Lag, step: EvidenceStep): number {
  return Math.round((lag.count * UNIT_MONTHS[lag.unit]) / STEP_MONTHS[step]);
}

/** Without a stated lag, the effect is looked for up to six months after the cause. */
export const DEFAULT_MAX_LAG_MONTHS = 6;
/** With one, this many steps either side of it. */
export const STATED_LAG_MARGIN = 2;

/** The lags searched, in steps: 0 … 6 months, or the stated lag ± 2, never below 0. */
export function lagWindow(stated: number | null, step: EvidenceStep): readonly [number, number] {
  if (stated === null)
    return [0, Math.max(1, Math.round(DEFAULT_MAX_LAG_MONTHS / STEP_MONTHS[step]))];
  return [Math.max(0, stated - STATED_LAG_MARGIN), stated + STATED_LAG_MARGIN];
}
