import { FREQUENCIES, type Frequency } from '../model/strategy.ts';
import { stepBack } from '../periods/frequency.ts';
import type { Period } from '../periods/period.ts';
import { createFoldResult, type FoldResult } from './aggregate.ts';

/**
 * Everything that depends only on the period, computed once per scoring run instead of once per
 * KPI: the overdue cut-off for each frequency and a reusable fold buffer.
 */
export interface RunContext {
  readonly period: Period;
  /** `stepBack(period.end, f)` by frequency index: a latest value ending before it is overdue. */
  readonly dueBy: Int32Array;
  readonly fold: FoldResult;
}

const FREQUENCY_INDEX = new Map<Frequency, number>(FREQUENCIES.map((f, i) => [f, i]));

export function frequencyIndex(frequency: Frequency): number {
  return FREQUENCY_INDEX.get(frequency) ?? FREQUENCIES.indexOf('monthly');
}

export function createRunContext(period: Period): RunContext {
  const dueBy = new Int32Array(FREQUENCIES.length);
  FREQUENCIES.forEach((f, i) => (dueBy[i] = stepBack(period.end, f)));
  return { period, dueBy, fold: createFoldResult() };
}
