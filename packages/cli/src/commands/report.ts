import type { Command } from 'commander';
import {
  BoardReportError,
  type Period,
  type ScorecardId,
  type Strategy,
  boardReport,
  latestValuePeriod,
  periodOf,
  prepareStrategy,
  scoreScorecard,
} from '@bearing/core';
import { scorecardMapSvg } from '@bearing/core/map';
import { CliError, EXIT_FAILURE, EXIT_INVALID, invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
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
import { printed, writeOutput, type Output } from './report-output.ts';

interface ReportOptions {
  readonly server?: string;
  readonly token?: string;
  readonly workspace: string;
  readonly scorecard?: string;
  readonly period?: string;
  readonly format?: string;
  readonly out?: string;
  readonly mapOnly?: boolean;
}

const REPORT_FORMATS = ['pdf', 'html'] as const;
const MAP_FORMATS = ['png', 'pdf', 'svg'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];
type MapFormat = (typeof MAP_FORMATS)[number];

/**
 * `bearing report`: a scorecard's board report (PDF or HTML) or its strategy map alone (PNG, PDF
 * or SVG), from a strategy file or a running server. PDF and PNG are printed by the system
 * Chromium; the HTML is the same page, for when there is none.
 */
export function registerReportCommand(program: Command, io: Io): void {
  program
    .command('report')
    .description(
      "a scorecard's board report as PDF or HTML, or its strategy map as PNG, PDF or SVG (--map-only)",
    )
    .argument('[file]', 'strategy file (.yaml, .yml or .json); or give --server')
    .option('--server <url>', SERVER_OPTION_HELP.replace(' (default: the local database)', ''))
    .option('--token <token>', TOKEN_OPTION_HELP)
    .option('--workspace <id>', 'with --server: the workspace', 'default')
    .option('--scorecard <id>', "the scorecard (default: the file's first; needed with --server)")
    .option('-p, --period <period>', 'score as of this period (default: the latest with a value)')
    .option('-f, --format <format>', 'pdf or html; with --map-only png, pdf or svg', 'pdf')
    .option(
      '-o, --out <file>',
      'write to this file (pdf and png need it when stdout is a terminal)',
    )
    .option('--map-only', 'only the strategy map, coloured by status')
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing report strategy.yaml --out board.pdf\n  $ bearing report strategy.yaml --format html > board.html\n  $ bearing report --server http://127.0.0.1:4600 --scorecard corp --period 2026-06 --out board.pdf\n  $ bearing report strategy.yaml --map-only --format png --out map.png\n\nPDF and PNG need Chromium (/usr/bin/chromium, or set BEARING_CHROMIUM).',
    )
    .action(async (file: string | undefined, given: ReportOptions) => {
      const options = withServerToken(io, given);
      const mapOnly = options.mapOnly === true;
      const format = checkFormat(options.format ?? 'pdf', mapOnly);
      if ((format === 'pdf' || format === 'png') && options.out === undefined && io.isTTY) {
        throw invalid(
          `--format ${format} writes binary data: give --out FILE.${format}, or pipe stdout to a file`,
        );
      }
      const period =
        options.period === undefined ? undefined : periodOption('--period', options.period);
      if ((file === undefined) === (options.server === undefined)) {
        throw invalid('give a strategy file or --server URL (one of them)');
      }
      const output =
        options.server === undefined
          ? await fromFile(io, file!, options, mapOnly, format, period)
          : await fromServer(options, mapOnly, format);
      await writeOutput(io, output, options.out);
    });
}

function checkFormat(format: string, mapOnly: boolean): ReportFormat | MapFormat {
  const allowed: readonly string[] = mapOnly ? MAP_FORMATS : REPORT_FORMATS;
  if (allowed.includes(format)) return format as ReportFormat | MapFormat;
  throw invalid(
    mapOnly
      ? `--format with --map-only expects png, pdf or svg, got "${format}"`
      : `--format expects pdf or html, got "${format}" (png and svg are for --map-only)`,
  );
}

async function fromFile(
  io: Io,
  file: string,
  options: ReportOptions,
  mapOnly: boolean,
  format: ReportFormat | MapFormat,
  period: Period | undefined,
): Promise<Output> {
  const strategy = await loadStrategy(io, file);
  const scorecard =
    options.scorecard === undefined
      ? strategy.scorecards[0]
      : scorecardOption(strategy, options.scorecard);
  if (scorecard === undefined) throw invalid(`${file} has no scorecard to report on`);
  if (mapOnly) return printed(io, 'map', format, mapSvg(strategy, scorecard.id, period));
  try {
    const html = boardReport(strategy, { scorecard: scorecard.id, period, now: new Date() });
    return await printed(io, 'report', format, html);
  } catch (error) {
    if (error instanceof BoardReportError) throw invalid(error.message);
    throw error;
  }
}

/** The map as the report draws it: scored as of the period, grey when there are no values. */
function mapSvg(strategy: Strategy, id: ScorecardId, period: Period | undefined): string {
  const sc = strategy.scorecards.find((s) => s.id === id)!;
  const latest = latestValuePeriod(strategy, id);
  const at = period ?? (latest === null ? null : periodOf(latest));
  const score = at === null ? null : scoreScorecard(prepareStrategy(strategy), id, at);
  return scorecardMapSvg(sc, {
    title: `${sc.name}: strategy map`,
    ...(at === null ? {} : { subtitle: `Scores as of ${at.key}` }),
    score,
  });
}

async function fromServer(
  options: ReportOptions,
  mapOnly: boolean,
  format: ReportFormat | MapFormat,
): Promise<Output> {
  if (options.scorecard === undefined) {
    throw invalid('--server needs --scorecard ID (the scorecard to report on)');
  }
  const api = workspaceApi({ server: options.server!, workspace: options.workspace });
  const query = new URLSearchParams({ format });
  if (options.period !== undefined) query.set('period', options.period);
  const path = mapOnly ? 'map' : 'report';
  const url = `${api}/scorecards/${encodeURIComponent(options.scorecard)}/${path}?${query}`;
  const response = await callServer(url, { method: 'GET' }, options.token);
  if (!response.ok) {
    const failure = await apiFailure(response);
    const code = response.status >= 400 && response.status < 500 ? EXIT_INVALID : EXIT_FAILURE;
    throw new CliError(
      code,
      `the server refused the ${path} (${failure.code}): ${failure.message}`,
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return format === 'html' || format === 'svg'
    ? { kind: 'text', text: new TextDecoder().decode(bytes) }
    : { kind: 'bytes', bytes };
}
