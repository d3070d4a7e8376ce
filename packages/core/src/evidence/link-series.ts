import { z } from 'zod';
import type { ScorecardId } from '../model/ids.ts';
import type { Period } from '../periods/period.ts';
import { UnknownNodeError, lookupObjective, lookupScorecard } from '../scoring/lookup.ts';
import type { PreparedStrategy } from '../scoring/prepare.ts';
import { extractSeries, seriesPeriods, sideOf } from './series.ts';
import { EVIDENCE_STEPS, stepOfMonths, type EvidenceStep } from './step.ts';

/** One end of a link as the link panel charts it: the score per step, null where unobserved. */
export interface SeriesView {
  readonly name: string;
  readonly points: readonly { readonly period: string; readonly score: number | null }[];
}

export interface LinkSeries {
  readonly from: string;
  readonly to: string;
  readonly step: EvidenceStep;
  readonly cause: SeriesView;
  readonly effect: SeriesView;
}

/**
 * The two series a link's evidence was computed from, period by period up to `to`: exactly what
 * `scorecardEvidence` tested (the same sides, step and observations), so a chart of them shows
 * the data behind the verdict. Unobserved periods (no score, or carried-forward values only) are
 * null.
 */
export function linkSeries(
  prepared: PreparedStrategy,
  scorecardId: ScorecardId,
  from: string,
  to: string,
  period: Period,
): LinkSeries {
  const ps = lookupScorecard(prepared, scorecardId);
  const link = ps.scorecard.links.find((l) => l.from === from && l.to === to);
  if (link === undefined) throw new UnknownNodeError('link', `${from} → ${to}`, scorecardId);
  const plan = prepared.plan;
  const cause = sideOf(
    plan,
    lookupObjective(prepared, scorecardId, link.from),
    link.evidence?.cause ?? null,
  );
  const effect = sideOf(
    plan,
    lookupObjective(prepared, scorecardId, link.to),
    link.evidence?.effect ?? null,
  );
  const step = stepOfMonths(Math.max(cause.stepMonths, effect.stepMonths));
  const periods = seriesPeriods(plan, [cause, effect], step, period);
  const [c = [], e = []] = extractSeries(plan, [cause, effect], periods);
  const view = (name: string, scores: readonly number[]): SeriesView => ({
    name,
    points: periods.map((p, i) => {
      const s = scores[i] ?? NaN;
      return { period: p.key, score: Number.isNaN(s) ? null : s };
    }),
  });
  return { from, to, step, cause: view(cause.name, c), effect: view(effect.name, e) };
}

const seriesViewSchema = z.object({
  name: z.string(),
  points: z
    .array(z.object({ period: z.string(), score: z.number().nullable() }))
    .readonly()
    .describe('the score per step (direction-aware, 0..1); null where not observed'),
});

/** `GET …/evidence/{from}/{to}` on the wire: the link's two series. */
export const linkSeriesSchema = z.object({
  from: z.string(),
  to: z.string(),
  step: z.enum(EVIDENCE_STEPS),
  cause: seriesViewSchema,
  effect: seriesViewSchema,
});
export type LinkSeriesResponse = z.output<typeof linkSeriesSchema>;
