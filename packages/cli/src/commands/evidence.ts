import type { Command } from 'commander';
import {
  type EvidenceReport,
  type EvidenceVerdict,
  EVIDENCE_VERDICTS,
  type Period,
  type Scorecard,
  type Strategy,
  VERDICT_LABELS,
  formatCorrelation,
  formatEvidenceLag,
  formatPValue,
  latestValuePeriod,
  periodOf,
  prepareStrategy,
  scorecardEvidence,
  strategyEvidence,
} from '@bearing/core';
import { invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { type Colors, colorsFor } from '../output/colors.ts';
import { printJson } from '../output/json.ts';
import { cell, renderTable } from '../output/table.ts';
import { loadStrategy } from './load.ts';
import { periodOption, scorecardOption } from './options.ts';

interface EvidenceOptions {
  readonly scorecard?: string;
  readonly to?: string;
  readonly json?: true;
}

/** `bearing evidence`: what the KPI history says about each cause-effect link (evidence.md). */
export function registerEvidenceCommand(program: Command, io: Io): void {
  program
    .command('evidence')
    .description('test each cause-effect link against the KPI history: supported, contradicted …')
    .argument('<file>', 'strategy file (.yaml, .yml or .json)')
    .option('-s, --scorecard <id>', 'only this scorecard')
    .option(
      '--to <period>',
      'use the history up to this period: 2026-12, 2026-Q4 … (default: the latest period with a value)',
    )
    .option(
      '--json',
      'print {scorecard, to, links: [...]} with --scorecard, else {scorecards: [...]}, as JSON',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing evidence strategy.yaml\n  $ bearing evidence strategy.yaml --scorecard corp --to 2026-12 --json\n\nThe method and its limits: docs/evidence.md',
    )
    .action(async (file: string, options: EvidenceOptions) => {
      // Check the period before reading the file: a typo in a flag is reported first and fast.
      const explicit = options.to === undefined ? null : periodOption('--to', options.to);
      const strategy = await loadStrategy(io, file);
      const scorecard =
        options.scorecard === undefined ? null : scorecardOption(strategy, options.scorecard);
      const to = explicit ?? latestPeriod(strategy, scorecard, file);
      const prepared = prepareStrategy(strategy);
      const reports = scorecard
        ? [scorecardEvidence(prepared, scorecard.id, to)]
        : strategyEvidence(prepared, to);
      if (options.json) {
        printJson(io, scorecard ? reports[0] : { scorecards: reports });
        return;
      }
      const colors = colorsFor(io);
      io.stdout(
        reports
          .map((r) =>
            formatEvidence(
              r,
              strategy.scorecards.find((s) => s.id === r.scorecard),
              colors,
            ),
          )
          .join('\n'),
      );
    });
}

/** The default end of the history: the latest period with any value (in the scorecard, if one). */
function latestPeriod(strategy: Strategy, scorecard: Scorecard | null, file: string): Period {
  const latest = latestValuePeriod(strategy, scorecard?.id);
  if (latest === null) {
    throw invalid(`${file} has no KPI values yet, so there is no history to test; pass --to`);
  }
  return periodOf(latest);
}

export function formatEvidence(
  report: EvidenceReport,
  scorecard: Scorecard | undefined,
  colors: Colors,
): string {
  const name = (id: string) => scorecard?.objectives.find((o) => o.id === id)?.name ?? id;
  const title = `${colors.bold(`Evidence for ${scorecard?.name ?? report.scorecard}`)} (${report.scorecard}), history up to ${report.to}\n`;
  if (report.links.length === 0) return `${title}No cause-effect links to test.\n`;
  const paint: Record<EvidenceVerdict, (t: string) => string> = {
    supported: colors.green,
    contradicted: colors.red,
    inconclusive: colors.yellow,
    'insufficient-data': colors.dim,
  };
  const counts = EVIDENCE_VERDICTS.flatMap((v) => {
    const n = report.links.filter((l) => l.verdict === v).length;
    return n === 0 ? [] : [`${n} ${VERDICT_LABELS[v]}`];
  }).join(' · ');
  const table = renderTable(
    [
      ['link', 'verdict', 'lag', 'r', 'adj. p', 'n', 'reason'].map((t) => cell(t, colors.bold)),
      ...report.links.map((l) => [
        cell(`${name(l.from)} → ${name(l.to)}`),
        cell(VERDICT_LABELS[l.verdict], paint[l.verdict]),
        cell(formatEvidenceLag(l)),
        cell(formatCorrelation(l.correlation)),
        cell(formatPValue(l.qValue)),
        cell(String(l.n)),
        cell(l.reason),
      ]),
    ],
    ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
  );
  return `${title}${counts}\n\n${table}`;
}
