import type { Command } from 'commander';
import {
  type Period,
  type PeriodKind,
  kpiHistory,
  objectiveHistory,
  periodCount,
  periodRange,
  prepareStrategy,
} from '@bearing/core';
import { invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { formatHistory } from '../output/history-table.ts';
import { printJson } from '../output/json.ts';
import { resolveTarget } from './history-target.ts';
import { loadStrategy } from './load.ts';
import { periodOption } from './options.ts';

interface HistoryOptions {
  readonly kpi?: string;
  readonly objective?: string;
  readonly from: string;
  readonly to: string;
  readonly scorecard?: string;
  readonly json?: true;
}

/** A range longer than this is almost certainly a mistake (e.g. days over decades). */
const MAX_POINTS = 1000;

export function registerHistoryCommand(program: Command, io: Io): void {
  program
    .command('history')
    .description('the score of one KPI or objective period by period')
    .argument('<file>', 'strategy file (.yaml, .yml or .json)')
    .option('-k, --kpi <id>', 'follow this KPI')
    .option('-o, --objective <id>', 'follow this objective')
    .requiredOption(
      '--from <period>',
      'first period; its kind sets the step (2026-01 monthly, 2026-Q1 quarterly …)',
    )
    .requiredOption('--to <period>', 'last period, of the same kind as --from')
    .option('-s, --scorecard <id>', 'the scorecard to look in (needed when the id is in several)')
    .option('--json', 'print {scorecard, kpi|objective, from, to, points: [...]} as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing history strategy.yaml --kpi return-rate --from 2026-01 --to 2026-06\n  $ bearing history strategy.yaml --objective quality --from 2026-Q1 --to 2026-Q4 --json',
    )
    .action(async (file: string, options: HistoryOptions) => {
      const kind = targetKind(options);
      const periods = range(periodOption('--from', options.from), periodOption('--to', options.to));
      const strategy = await loadStrategy(io, file);
      const target = resolveTarget(
        strategy,
        kind,
        (options.kpi ?? options.objective) as string,
        options.scorecard,
      );
      const prepared = prepareStrategy(strategy);
      const points =
        target.kind === 'kpi'
          ? kpiHistory(prepared, target.scorecard.id, target.id, periods)
          : objectiveHistory(prepared, target.scorecard.id, target.id, periods);
      if (options.json) {
        printJson(io, {
          scorecard: target.scorecard.id,
          [target.kind]: target.id,
          from: periods[0]?.key,
          to: periods.at(-1)?.key,
          points,
        });
        return;
      }
      io.stdout(
        formatHistory(target, points, stepName(periods[0]?.kind ?? 'month'), colorsFor(io)),
      );
    });
}

function targetKind(options: HistoryOptions): 'kpi' | 'objective' {
  if (options.kpi !== undefined && options.objective !== undefined) {
    throw invalid('give either --kpi or --objective, not both');
  }
  if (options.kpi !== undefined) return 'kpi';
  if (options.objective !== undefined) return 'objective';
  throw invalid('say what to follow: --kpi <id> or --objective <id>');
}

function range(from: Period, to: Period): Period[] {
  if (from.kind !== to.kind) {
    throw invalid(
      `--from ${from.key} is a ${from.kind} but --to ${to.key} is a ${to.kind}; both must be of the same kind (e.g. --from 2026-01 --to 2026-06)`,
    );
  }
  if (from.start > to.start) throw invalid(`--from ${from.key} comes after --to ${to.key}`);
  const count = periodCount(from, to);
  if (count > MAX_POINTS) {
    throw invalid(
      `${from.key}..${to.key} has ${count} periods, more than ${MAX_POINTS}; choose a coarser kind`,
    );
  }
  return periodRange(from, to);
}

const STEP_NAMES: Record<PeriodKind, string> = {
  year: 'yearly',
  half: 'half-yearly',
  quarter: 'quarterly',
  month: 'monthly',
  week: 'weekly',
  day: 'daily',
};

function stepName(kind: PeriodKind): string {
  return STEP_NAMES[kind];
}
