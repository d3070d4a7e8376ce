import type { ScorecardId } from '../model/ids.ts';
import type { Link } from '../model/strategy.ts';
import type { Period } from '../periods/period.ts';
import { lookupObjective, lookupScorecard } from '../scoring/lookup.ts';
import type { PreparedStrategy } from '../scoring/prepare.ts';
import { testLink, type LinkTest } from './link-test.ts';
import { seedOf } from './random.ts';
import {
  contradictedReason,
  flatReason,
  inconclusiveReason,
  insufficientReason,
  supportedReason,
  type Reasoned,
} from './reason.ts';
import { extractSeries, seriesPeriods, sideOf, type SeriesSide } from './series.ts';
import { benjaminiHochberg } from './statistics.ts';
import { lagInSteps, lagWindow, stepOfMonths, type EvidenceStep } from './step.ts';
import { PERMUTATIONS, SIGNIFICANCE, type EvidenceReport, type LinkEvidence } from './types.ts';

export interface EvidenceOptions {
  /** Shuffles in the permutation test (default 999). */
  readonly permutations?: number;
}

interface Planned {
  readonly link: Link;
  readonly cause: SeriesSide;
  readonly effect: SeriesSide;
  readonly step: EvidenceStep;
  readonly statedLag: number | null;
  readonly window: readonly [number, number];
}

/**
 * Tests every cause-effect link of a scorecard against its KPI history up to `to`: for each, the
 * two series (objective scores, or the KPIs the link names), their changes, the lag with the
 * strongest relation, a permutation p-value for it, and, across the links, Benjamini–Hochberg.
 * Pure and deterministic: the same strategy and period give the same report byte for byte.
 */
export function scorecardEvidence(
  prepared: PreparedStrategy,
  scorecardId: ScorecardId,
  to: Period,
  options: EvidenceOptions = {},
): EvidenceReport {
  const ps = lookupScorecard(prepared, scorecardId);
  const plan = prepared.plan;
  const planned = ps.scorecard.links.map((link): Planned => {
    const cause = sideOf(
      plan,
      lookupObjective(prepared, ps.scorecard.id, link.from),
      link.evidence?.cause ?? null,
    );
    const effect = sideOf(
      plan,
      lookupObjective(prepared, ps.scorecard.id, link.to),
      link.evidence?.effect ?? null,
    );
    const step = stepOfMonths(Math.max(cause.stepMonths, effect.stepMonths));
    const statedLag = link.lag === null ? null : lagInSteps(link.lag, step);
    return { link, cause, effect, step, statedLag, window: lagWindow(statedLag, step) };
  });
  const tests = testAll(
    prepared,
    planned,
    to,
    options.permutations ?? PERMUTATIONS,
    ps.scorecard.id,
  );
  const tested = tests.flatMap((t) => (t.kind === 'tested' ? [t.pValue] : []));
  const qValues = benjaminiHochberg(tested);
  let next = 0;
  const links = planned.map((p, i) => {
    const test = tests[i] as LinkTest;
    const q = test.kind === 'tested' ? (qValues[next++] ?? 1) : null;
    return judge(p, test, q);
  });
  return { scorecard: ps.scorecard.id, to: to.key, links };
}

/** Series by step: links at the same step share one numeric pass per period. */
function testAll(
  prepared: PreparedStrategy,
  planned: readonly Planned[],
  to: Period,
  permutations: number,
  scorecard: ScorecardId,
): LinkTest[] {
  const tests = new Array<LinkTest>(planned.length);
  for (const step of new Set(planned.map((p) => p.step))) {
    const group = planned.flatMap((p, i) => (p.step === step ? [i] : []));
    const sides = group.flatMap((i) => [planned[i]!.cause, planned[i]!.effect]);
    const periods = seriesPeriods(prepared.plan, sides, step, to);
    const series = extractSeries(prepared.plan, sides, periods);
    group.forEach((i, g) => {
      const p = planned[i]!;
      tests[i] = testLink({
        cause: series[2 * g] ?? [],
        effect: series[2 * g + 1] ?? [],
        window: p.window,
        permutations,
        seed: seedOf(`${scorecard}\u0000${p.link.from}\u0000${p.link.to}`),
      });
    });
  }
  return tests;
}

function judge(p: Planned, test: LinkTest, qValue: number | null): LinkEvidence {
  const r: Reasoned = { cause: p.cause, effect: p.effect, step: p.step, n: test.n };
  if (test.kind !== 'tested') {
    return {
      from: p.link.from,
      to: p.link.to,
      verdict: test.kind === 'insufficient' ? 'insufficient-data' : 'inconclusive',
      lag: null,
      step: p.step,
      statedLag: p.statedLag,
      correlation: null,
      pValue: null,
      qValue: null,
      n: test.n,
      reason: test.kind === 'insufficient' ? insufficientReason(r) : flatReason(r, test.which),
    };
  }
  const significant = qValue !== null && qValue <= SIGNIFICANCE;
  const verdict = !significant
    ? 'inconclusive'
    : test.correlation > 0
      ? 'supported'
      : 'contradicted';
  return {
    from: p.link.from,
    to: p.link.to,
    verdict,
    lag: test.lag,
    step: p.step,
    statedLag: p.statedLag,
    correlation: test.correlation,
    pValue: test.pValue,
    qValue,
    n: test.n,
    reason:
      verdict === 'supported'
        ? supportedReason(r, test.lag, p.statedLag)
        : verdict === 'contradicted'
          ? contradictedReason(r, test.lag)
          : inconclusiveReason(r, p.window),
  };
}

/** Every scorecard's report as of `to`, in file order. */
export function strategyEvidence(
  prepared: PreparedStrategy,
  to: Period,
  options: EvidenceOptions = {},
): EvidenceReport[] {
  return prepared.scorecards.map((ps) => scorecardEvidence(prepared, ps.scorecard.id, to, options));
}
