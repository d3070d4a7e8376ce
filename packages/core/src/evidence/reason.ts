import type { Optimization } from '../model/strategy.ts';
import type { SeriesSide } from './series.ts';
import type { EvidenceStep } from './step.ts';
import { MIN_PAIRS } from './types.ts';

/**
 * The verdict's reason, as a sentence a strategy office reads ("returns fell 2 months after
 * quality assurance rose, in 31 months of data"). Lower case: it follows the verdict.
 */
const STEP_WORDS: Readonly<Record<EvidenceStep, readonly [string, string]>> = {
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
  half: ['half-year', 'half-years'],
  year: ['year', 'years'],
};

export function steps(n: number, step: EvidenceStep): string {
  return `${n} ${STEP_WORDS[step][n === 1 ? 0 : 1]}`;
}

/**
 * A name inside a sentence. An objective's name is often an action ("Invest in quality
 * assurance"), so it is quoted as given; a KPI's is a noun and reads in lower case ("returns",
 * while "QA hours" keeps its acronym).
 */
function named(side: SeriesSide): string {
  const name = side.name.trim();
  if (side.kpi < 0) return `"${name}"`;
  const second = name.charAt(1);
  return second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()
    ? name
    : name.charAt(0).toLowerCase() + name.slice(1);
}

/** "rose" / "fell" for a KPI (a minimize KPI improves as it falls), "improved" otherwise. */
function better(o: Optimization | null): string {
  return o === 'maximize' ? 'rose' : o === 'minimize' ? 'fell' : 'improved';
}
function worse(o: Optimization | null): string {
  return o === 'maximize' ? 'fell' : o === 'minimize' ? 'rose' : 'worsened';
}

function when(lag: number, step: EvidenceStep, cause: SeriesSide): string {
  return lag === 0
    ? `in the same ${STEP_WORDS[step][0]} as ${named(cause)}`
    : `${steps(lag, step)} after ${named(cause)}`;
}

export interface Reasoned {
  readonly cause: SeriesSide;
  readonly effect: SeriesSide;
  readonly step: EvidenceStep;
  readonly n: number;
}

export function supportedReason(r: Reasoned, lag: number, stated: number | null): string {
  const base = `${named(r.effect)} ${better(r.effect.optimization)} ${when(lag, r.step, r.cause)} ${better(r.cause.optimization)}, in ${steps(r.n, r.step)} of data`;
  return stated === null || stated === lag
    ? base
    : `${base}; the map expects ${steps(stated, r.step)}, the data shows ${steps(lag, r.step)}`;
}

export function contradictedReason(r: Reasoned, lag: number): string {
  return `${named(r.effect)} ${worse(r.effect.optimization)} ${when(lag, r.step, r.cause)} ${better(r.cause.optimization)}, in ${steps(r.n, r.step)} of data: the opposite of what the link claims`;
}

export function inconclusiveReason(r: Reasoned, window: readonly [number, number]): string {
  const [a, b] = window;
  const lags = a === b ? `a lag of ${steps(a, r.step)}` : `lags of ${a} to ${steps(b, r.step)}`;
  return `no clear relation between changes in ${named(r.cause)} and in ${named(r.effect)} at ${lags}, in ${steps(r.n, r.step)} of data`;
}

export function flatReason(r: Reasoned, which: 'cause' | 'effect'): string {
  const side = which === 'cause' ? r.cause : r.effect;
  return `the ${which} barely moved: ${named(side)} hardly changed in ${steps(r.n, r.step)} of data, so the data cannot tell whether ${named(r.effect)} follows ${named(r.cause)}`;
}

export function insufficientReason(r: Reasoned): string {
  const have =
    r.n === 0
      ? `no ${STEP_WORDS[r.step][1]} yet in which both ${named(r.cause)} and ${named(r.effect)} changed on fresh data`
      : `only ${steps(r.n, r.step)} of paired changes in ${named(r.cause)} and ${named(r.effect)}`;
  return `${have}; at least ${MIN_PAIRS} are needed`;
}
