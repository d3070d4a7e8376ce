import type { Command } from 'commander';
import {
  type Period,
  type ScorecardId,
  type ScorecardScore,
  type Strategy,
  latestValuePeriod,
  periodOf,
  prepareStrategy,
  scoreAllScorecards,
  scoreScorecard,
} from '@bearing/core';
import { invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { printJson } from '../output/json.ts';
import { formatScorecardTree } from '../output/score-tree.ts';
import { loadStrategy } from './load.ts';
import { periodOption, scorecardOption } from './options.ts';

interface ScoreOptions {
  readonly period?: string;
  readonly scorecard?: string;
  readonly json?: true;
}

export function registerScoreCommand(program: Command, io: Io): void {
  program
    .command('score')
    .description('score scorecards as of a period: a tree of perspectives, objectives and KPIs')
    .argument('<file>', 'strategy file (.yaml, .yml or .json)')
    .option(
      '-p, --period <period>',
      'score as of this period: 2026, 2026-H1, 2026-Q1, 2026-03, 2026-W09 or 2026-03-15 (default: the latest period with a value)',
    )
    .option('-s, --scorecard <id>', 'score only this scorecard')
    .option(
      '--json',
      'print the engine result as JSON: {period, scorecards: [...]}, or one scorecard object with --scorecard',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing score strategy.yaml\n  $ bearing score strategy.yaml --period 2026-Q2\n  $ bearing score strategy.yaml --scorecard acme --json',
    )
    .action(async (file: string, options: ScoreOptions) => {
      // Check the period before reading the file: a typo in a flag is reported first and fast.
      const explicit =
        options.period === undefined ? null : periodOption('--period', options.period);
      const strategy = await loadStrategy(io, file);
      const scorecard =
        options.scorecard === undefined ? null : scorecardOption(strategy, options.scorecard);
      const period = explicit ?? latestPeriod(strategy, scorecard?.id, file);
      const prepared = prepareStrategy(strategy);
      const scores: readonly ScorecardScore[] = scorecard
        ? [scoreScorecard(prepared, scorecard.id, period)]
        : scoreAllScorecards(prepared, period);
      if (options.json) {
        printJson(io, scorecard ? scores[0] : { period: period.key, scorecards: scores });
        return;
      }
      io.stdout(formatScores(io, scores, period));
    });
}

/** The default period: the latest one with any value (in the chosen scorecard, if any). */
function latestPeriod(
  strategy: Strategy,
  scorecard: ScorecardId | undefined,
  file: string,
): Period {
  const latest = latestValuePeriod(strategy, scorecard);
  if (latest === null) {
    throw invalid(`${file} has no KPI values yet, so there is no latest period; pass --period`);
  }
  return periodOf(latest);
}

function formatScores(io: Io, scores: readonly ScorecardScore[], period: Period): string {
  if (scores.length === 0) return `No scorecards to score as of ${period.key}.\n`;
  const colors = colorsFor(io);
  return scores.map((score) => formatScorecardTree(score, colors)).join('\n');
}
