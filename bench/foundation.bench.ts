import {
  type Period,
  type PreparedStrategy,
  type ScorecardId,
  type Strategy,
  parseStrategyText,
  periodOf,
  periodRange,
  prepareStrategy,
  scoreAllScorecards,
  scoreNumbers,
  scorecardEvidence,
  scorecardHistory,
} from '@bearing/core';
import { enterpriseToYaml, generateEnterprise } from '@bearing/testing';
import { CORE_SCHEMA, load } from 'js-yaml';
import { baselineScoreAll, createScratch } from './baseline.ts';
import { flattenEnterprise } from './flatten.ts';
import { ms } from './report.ts';
import { measure, timeOnce } from './stats.ts';
import { BenchFailure, type BenchContext, type BenchRow, type BenchSuite } from './suite.ts';
import { compareHistory, compareScorecards, scoresOfNumbers, scoresOfTrees } from './verify.ts';

/**
 * The foundation's figures (issue: performance of the core): scoring a synthetic enterprise of
 * 1,000 scorecards, 60,000 KPIs and about 2.1 M monthly values as of one period, a 36-month history of
 * its top scorecard, the evidence for its links, and reading it as a strategy file. Each beside
 * its floor in the same run.
 */
const SEED = 20240101;
const START_YEAR = 2024;
const MONTHS = 36;

export const foundation: BenchSuite = {
  name: 'foundation',
  description: 'scoring engine and strategy-file parser on a synthetic enterprise',
  run,
};

function run(ctx: BenchContext): BenchRow[] {
  const scorecards = Math.max(3, Math.round(1000 * ctx.scale));
  // (c) first, in its own scope: while the parser runs, only the text is alive, as in the CLI.
  const parse = parseRow(ctx, scorecards);
  return [...scoringRows(ctx, scorecards), parse];
}

function enterprise(ctx: BenchContext, scorecards: number): Strategy {
  const generated = timeOnce(() =>
    generateEnterprise({ seed: SEED, scorecards, startYear: START_YEAR, months: MONTHS }),
  );
  const strategy = generated.value;
  let kpis = 0;
  let values = 0;
  for (const card of strategy.scorecards) {
    for (const o of card.objectives) {
      kpis += o.kpis.length;
      for (const k of o.kpis) values += k.values.length;
    }
  }
  ctx.log(
    `generated ${scorecards} scorecards, ${kpis} KPIs, ${values} values in ${ms(generated.ms)} ms (seed ${SEED})`,
  );
  return strategy;
}

/** (a) and (b), each beside the typed-array floor, after checking that both agree. */
function scoringRows(ctx: BenchContext, scorecards: number): BenchRow[] {
  const strategy = enterprise(ctx, scorecards);
  const kpis = strategy.scorecards.reduce(
    (n, c) => n + c.objectives.reduce((m, o) => m + o.kpis.length, 0),
    0,
  );
  const months = periodRange(periodOf(`${START_YEAR}-01`), periodOf(lastMonthKey()));
  const asOf = months[months.length - 1]!;
  const top = strategy.scorecards[0]!;

  // One-off index builds, on both sides: the engine's prepareStrategy and the baseline's arrays.
  const prepareTiming = measure(() => prepareStrategy(strategy), { warmup: 1, runs: 5 });
  const prepared = prepareStrategy(strategy);
  const flattened = timeOnce(() => flattenEnterprise(strategy, months));
  const flat = flattened.value;
  const scratch = createScratch(flat);
  ctx.log(
    `prepareStrategy ${ms(prepareTiming.median)} ms (median); baseline flattening ${ms(flattened.ms)} ms (once)`,
  );

  // Correctness first: the floor must compute the same numbers, or its figure means nothing.
  // Both the numeric pass (what (a) times) and the trees built from it are checked.
  const problems = [
    ...compareScorecards(
      flat,
      scratch,
      scoresOfNumbers(prepared, scoreNumbers(prepared, asOf)),
      asOf,
    ),
    ...compareScorecards(flat, scratch, scoresOfTrees(scoreAllScorecards(prepared, asOf)), asOf),
    ...compareHistory(flat, scratch, 0, historyOf(prepared, top.id, months), months),
  ];
  if (problems.length > 0) {
    throw new BenchFailure(
      `the baseline and the engine disagree:\n${problems.slice(0, 30).join('\n')}`,
    );
  }
  ctx.log(
    `verified: baseline and engine agree on all ${scorecards} scorecard scores and ${months.length} history points (±1e-9)`,
  );

  const numeric = measure(() => scoreNumbers(prepared, asOf), { warmup: 3, runs: 15 });
  const trees = measure(() => scoreAllScorecards(prepared, asOf), { warmup: 3, runs: 15 });
  const allBaseline = measure(() => baselineScoreAll(flat, scratch, asOf), {
    warmup: 3,
    runs: 15,
  });
  const history = measure(() => historyOf(prepared, top.id, months), { warmup: 1, runs: 5 });
  const historyBaseline = measure(() => months.map((p) => baselineScoreAll(flat, scratch, p)[0]), {
    warmup: 1,
    runs: 5,
  });
  // (d) The evidence report runs the same numeric passes as (b), then the permutation tests.
  const evidence = measure(() => scorecardEvidence(prepared, top.id, asOf), { warmup: 1, runs: 5 });
  return [
    {
      measure: `prepareStrategy (one-off index of ${kpis} KPIs)`,
      ours: prepareTiming,
      baseline: null,
      aim: 'one-off',
      met: null,
    },
    {
      measure: `(a) score all ${scorecards} scorecards as of ${asOf.key} (numeric pass)`,
      ours: numeric,
      baseline: allBaseline,
      aim: '< 100 ms and ≤ 3× baseline',
      met: numeric.median < 100 && numeric.median <= 3 * allBaseline.median,
    },
    {
      // Presentation: the same numbers plus 75,000 output objects; shown, not held to a ratio.
      measure: `(a) … with the full score trees (scoreAllScorecards)`,
      ours: trees,
      baseline: allBaseline,
      aim: 'presentation (no aim)',
      met: null,
    },
    {
      measure: `(b) ${months.length}-month history of ${top.id} (cascade included)`,
      ours: history,
      baseline: historyBaseline,
      aim: '< 500 ms',
      met: history.median < 500,
    },
    {
      measure: `(d) evidence for all ${top.links.length} links of ${top.id} (${months.length} months)`,
      ours: evidence,
      baseline: historyBaseline,
      aim: '< 1 s',
      met: evidence.median < 1000,
      note: 'baseline: the floor of the numeric passes alone, as in (b)',
    },
  ];
}

/** (c): parse and validate the enterprise as YAML; the floor is js-yaml's load alone. */
function parseRow(ctx: BenchContext, scorecards: number): BenchRow {
  const emitted = timeOnce(() => enterpriseToYaml(enterprise(ctx, scorecards)));
  const yaml = emitted.value;
  const mb = Buffer.byteLength(yaml) / 1e6;
  // The checked parse doubles as the warm-up; its result is dropped before the timed runs.
  checkParse(yaml, scorecards);
  ctx.log(
    `strategy file: ${mb.toFixed(1)} MB of YAML, written in ${ms(emitted.ms)} ms, parsed back without issues`,
  );
  const parse = measure(() => parseStrategyText(yaml, 'yaml'), { warmup: 0, runs: 5 });
  const floor = measure(() => load(yaml, { schema: CORE_SCHEMA }), { warmup: 1, runs: 5 });
  const rate = mb / (parse.median / 1000);
  return {
    measure: `(c) parse + validate ${mb.toFixed(1)} MB of YAML`,
    ours: parse,
    baseline: floor,
    aim: '≥ 20 MB/s',
    met: rate >= 20,
    note: `${rate.toFixed(1)} MB/s (js-yaml alone ${(mb / (floor.median / 1000)).toFixed(1)} MB/s)`,
  };
}

function checkParse(yaml: string, scorecards: number): void {
  const parsed = parseStrategyText(yaml, 'yaml');
  if (!parsed.ok) {
    const first = parsed.issues.slice(0, 5).map((i) => `${i.path} (line ${i.line}): ${i.message}`);
    throw new BenchFailure(`the parser rejects the generated file:\n${first.join('\n')}`);
  }
  if (parsed.value.scorecards.length !== scorecards) {
    throw new BenchFailure(
      `the parser read ${parsed.value.scorecards.length} scorecards of ${scorecards}`,
    );
  }
}

/** A history is one score per period, from the numeric pass alone: no score tree is built. */
function historyOf(
  prepared: PreparedStrategy,
  id: ScorecardId,
  months: readonly Period[],
): (number | null)[] {
  return scorecardHistory(prepared, id, months).map((point) => point.score);
}

function lastMonthKey(): string {
  const last = MONTHS - 1;
  return `${START_YEAR + Math.floor(last / 12)}-${String((last % 12) + 1).padStart(2, '0')}`;
}
