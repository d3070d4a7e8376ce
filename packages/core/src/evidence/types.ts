import type { ObjectiveId, ScorecardId } from '../model/ids.ts';
import type { PeriodKey } from '../periods/period.ts';
import type { EvidenceStep } from './step.ts';

/**
 * What the KPI history says about each cause-effect link of a scorecard (evidence.md). One shape
 * for every surface: `bearing evidence --json`, the API and the web app print it as it is.
 * Every field is present for every link, null where it does not apply.
 */
export const EVIDENCE_VERDICTS = [
  'supported',
  'contradicted',
  'inconclusive',
  'insufficient-data',
] as const;
export type EvidenceVerdict = (typeof EVIDENCE_VERDICTS)[number];

export interface LinkEvidence {
  readonly from: ObjectiveId;
  readonly to: ObjectiveId;
  readonly verdict: EvidenceVerdict;
  /** Steps from the cause's change to the effect's: the strongest relation found; null without a test. */
  readonly lag: number | null;
  readonly step: EvidenceStep;
  /** The link's stated `lag` in steps (rounded); null when it states none. */
  readonly statedLag: number | null;
  /** Pearson's r of the changes at `lag`; null without a test. */
  readonly correlation: number | null;
  /** Permutation p-value of the best-lag statistic (the lag search is paid for). */
  readonly pValue: number | null;
  /** Benjamini–Hochberg adjusted p-value across the report's tested links. */
  readonly qValue: number | null;
  /** Paired changes at `lag` (or, without a test, the most any searched lag had). */
  readonly n: number;
  /** The verdict in a sentence a strategy office reads. */
  readonly reason: string;
}

export interface EvidenceReport {
  readonly scorecard: ScorecardId;
  /** The period the history runs up to. */
  readonly to: PeriodKey;
  readonly links: readonly LinkEvidence[];
}

/** Fewer paired changes than this and the data cannot tell. */
export const MIN_PAIRS = 12;
/** The false discovery rate a verdict is judged at (on the q-value). */
export const SIGNIFICANCE = 0.05;
/** Shuffles in the permutation test: p-values step by 1/1000. */
export const PERMUTATIONS = 999;
/**
 * A cause whose changes have a standard deviation below this (in score points, 0..1) barely
 * moved: half a percentage point of its score.
 */
export const FLAT_CHANGE = 0.005;
/** Nor can a cause that changed in fewer periods than this tell anything. */
export const MIN_MOVES = 4;
