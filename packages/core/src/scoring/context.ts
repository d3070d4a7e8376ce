import { FREQUENCIES, type Frequency } from '../model/strategy.ts';
import { stepBack } from '../periods/frequency.ts';
import type { Period } from '../periods/period.ts';
import { createFoldResult, type FoldResult } from './aggregate.ts';
import type { ObjectiveScore } from './types.ts';

/**
 * Everything that depends only on the period, computed once per scoring run instead of once per
 * KPI: the overdue cut-off for each frequency, a reusable fold buffer, and the objective memo
 * (keyed by a dense global index, so cascades are scored once per run).
 */
export interface RunContext {
  readonly period: Period;
  /** `stepBack(period.end, f)` by frequency index: a latest value ending before it is overdue. */
  readonly dueBy: Int32Array;
  readonly fold: FoldResult;
  /**
   * By objective index. undefined: not scored yet; null: being scored (a cycle reaching it
   * again is skipped). A packed array: a Map lookup per objective costs more than the roll-up.
   */
  readonly memo: (ObjectiveScore | null | undefined)[];
}

const FREQUENCY_INDEX = new Map<Frequency, number>(FREQUENCIES.map((f, i) => [f, i]));

export function frequencyIndex(frequency: Frequency): number {
  return FREQUENCY_INDEX.get(frequency) ?? FREQUENCIES.indexOf('monthly');
}

export function createRunContext(period: Period, objectives = 0): RunContext {
  const dueBy = new Int32Array(FREQUENCIES.length);
  FREQUENCIES.forEach((f, i) => (dueBy[i] = stepBack(period.end, f)));
  const memo: (ObjectiveScore | null | undefined)[] = [];
  for (let i = 0; i < objectives; i++) memo.push(undefined);
  return { period, dueBy, fold: createFoldResult(), memo };
}
