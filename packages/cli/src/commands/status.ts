import type { Command } from 'commander';
import {
  type CollectionGroup,
  type CollectionReport,
  type CollectionState,
  type Period,
  type Strategy,
  collectionStatus,
  daysFromCivil,
  parseStrategyText,
  periodContaining,
} from '@bearing/core';
import { CliError, EXIT_FAILURE, EXIT_INVALID, invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { type Colors, colorsFor } from '../output/colors.ts';
import { printJson } from '../output/json.ts';
import { cell, renderTable } from '../output/table.ts';
import { loadStrategy } from './load.ts';
import { periodOption, scorecardOption } from './options.ts';
import {
  SERVER_OPTION_HELP,
  TOKEN_OPTION_HELP,
  apiFailure,
  callServer,
  withServerToken,
  workspaceApi,
} from './transfer-target.ts';

interface StatusOptions {
  readonly server?: string;
  readonly token?: string;
  readonly workspace: string;
  readonly period?: string;
  readonly today?: string;
  readonly graceDays: string;
  readonly scorecard?: string;
  readonly json?: true;
}

/** Until workspaces carry their own setting: five days after a period's end, then overdue. */
export const DEFAULT_GRACE_DAYS = 5;

/** `bearing status`: who owes which numbers for a reporting period (the monthly update cycle). */
export function registerStatusCommand(program: Command, io: Io): void {
  program
    .command('status')
    .description('which KPI values are entered, due and overdue for a period, by owner')
    .argument('[file]', 'strategy file (.yaml, .yml or .json); or use --server')
    .option('--server <url>', `read the workspace from ${SERVER_OPTION_HELP.replace(/ \(.*/, '')}`)
    .option('--token <token>', TOKEN_OPTION_HELP)
    .option('--workspace <id>', 'the workspace on the server', 'default')
    .option(
      '-p, --period <period>',
      'the reporting period: 2026-11, 2026-Q4 … (default: the last month that has ended)',
    )
    .option('--today <date>', 'judge as of this day, YYYY-MM-DD (default: today)')
    .option(
      '--grace-days <n>',
      'days after a period ends before a missing value is overdue',
      String(DEFAULT_GRACE_DAYS),
    )
    .option('-s, --scorecard <id>', 'only this scorecard')
    .option('--json', 'print {period, today, graceDays, counts, owners, scorecards, items} as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing status strategy.yaml\n  $ bearing status strategy.yaml --period 2026-Q4 --json\n  $ bearing status --server http://127.0.0.1:4600 --grace-days 10',
    )
    .action(async (file: string | undefined, given: StatusOptions) => {
      const options = withServerToken(io, given);
      const today = todayOption(options.today);
      const period =
        options.period === undefined
          ? lastEndedMonth(today)
          : periodOption('--period', options.period);
      const graceDays = graceDaysOption(options.graceDays);
      const strategy = await strategyFrom(io, file, options);
      const scorecard =
        options.scorecard === undefined
          ? undefined
          : scorecardOption(strategy, options.scorecard).id;
      const report = collectionStatus(strategy, {
        period,
        today,
        graceDays,
        ...(scorecard === undefined ? {} : { scorecard }),
      });
      if (options.json) printJson(io, report);
      else io.stdout(formatStatus(report, colorsFor(io)));
    });
}

async function strategyFrom(
  io: Io,
  file: string | undefined,
  options: StatusOptions,
): Promise<Strategy> {
  if (file !== undefined && options.server !== undefined) {
    throw invalid('give a strategy file or --server, not both');
  }
  if (file !== undefined) return loadStrategy(io, file);
  if (options.server === undefined) {
    throw invalid(
      'say where the strategy is: a file (bearing status strategy.yaml) or --server URL',
    );
  }
  const response = await callServer(
    `${workspaceApi(options)}/export?format=json`,
    {
      method: 'GET',
    },
    options.token,
  );
  if (!response.ok) {
    const failure = await apiFailure(response);
    throw new CliError(
      response.status < 500 ? EXIT_INVALID : EXIT_FAILURE,
      `the server refused to send the workspace: ${failure.code}: ${failure.message}`,
    );
  }
  const parsed = parseStrategyText(await response.text(), 'json');
  if (!parsed.ok) {
    throw new CliError(
      EXIT_FAILURE,
      `the server sent a workspace that is not a valid strategy file`,
    );
  }
  return parsed.value;
}

/** Today as a day number: the machine's local calendar day, or --today. */
function todayOption(text: string | undefined): number {
  if (text === undefined) {
    const now = new Date();
    return daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  const day = periodOption('--today', text);
  if (day.kind !== 'day') throw invalid(`--today expects a day such as 2026-12-02, got "${text}"`);
  return day.start;
}

function lastEndedMonth(today: number): Period {
  return periodContaining('month', periodContaining('month', today).start - 1);
}

function graceDaysOption(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n > 366) {
    throw invalid(`--grace-days expects a whole number of days from 0 to 366, got "${text}"`);
  }
  return n;
}

const STATE_ORDER: readonly CollectionState[] = ['overdue', 'due', 'upcoming', 'entered'];

export function formatStatus(report: CollectionReport, colors: Colors): string {
  const paint: Record<CollectionState, (t: string) => string> = {
    entered: colors.green,
    due: colors.yellow,
    overdue: colors.red,
    upcoming: colors.dim,
  };
  const { counts } = report;
  const head =
    `${colors.bold(`Update status for ${report.period}`)} (as of ${report.today}, ${report.graceDays} grace day${report.graceDays === 1 ? '' : 's'})\n` +
    `${counts.entered} entered · ${counts.due} due · ${counts.overdue} overdue · ${counts.upcoming} upcoming\n`;
  if (report.items.length === 0) {
    return `${head}\nNo KPI values fall due in ${report.period}.\n`;
  }
  const groups = (title: string, list: readonly CollectionGroup[]) =>
    renderTable(
      [
        [title, 'entered', 'due', 'overdue', 'upcoming'].map((t) => cell(t, colors.bold)),
        ...list.map((g) => [
          cell(g.name),
          cell(String(g.counts.entered)),
          cell(String(g.counts.due)),
          cell(String(g.counts.overdue), g.counts.overdue > 0 ? colors.red : undefined),
          cell(String(g.counts.upcoming)),
        ]),
      ],
      ['left', 'right', 'right', 'right', 'right'],
    );
  const missing = report.items
    .filter((i) => i.state !== 'entered')
    .sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state));
  const missingTable =
    missing.length === 0
      ? 'Every value due has been entered.\n'
      : renderTable(
          [
            ['state', 'scorecard', 'KPI', 'period', 'due by', 'owner'].map((t) =>
              cell(t, colors.bold),
            ),
            ...missing.map((i) => [
              cell(i.state, paint[i.state]),
              cell(i.scorecard),
              cell(i.kpiName),
              cell(i.period),
              cell(i.dueBy),
              cell(i.owner ?? '(no owner)'),
            ]),
          ],
          ['left', 'left', 'left', 'left', 'left', 'left'],
        );
  return `${head}\n${groups('owner', report.owners)}\n${groups('scorecard', report.scorecards)}\n${missingTable}`;
}
