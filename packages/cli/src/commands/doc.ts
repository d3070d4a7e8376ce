import type { Command } from 'commander';
import { latestValuePeriod, periodOf, prepareStrategy, scoreAllScorecards } from '@bearing/core';
import { invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { strategyBlocks } from './doc-blocks.ts';
import { renderHtml, renderMarkdown } from './doc-render.ts';
import { loadStrategy } from './load.ts';
import { periodOption } from './options.ts';

interface DocOptions {
  readonly format: string;
  readonly period?: string;
}

const FORMATS = ['md', 'html'] as const;

export function registerDocCommand(program: Command, io: Io): void {
  program
    .command('doc')
    .description(
      'the strategy told as a document: challenges, customers, objectives, measures, initiatives, cascade, scores',
    )
    .argument('<file>', 'strategy file (.yaml, .yml or .json)')
    .option('-f, --format <format>', 'md (Markdown) or html (a standalone page)', 'md')
    .option(
      '-p, --period <period>',
      'score as of this period (default: the latest period with a value)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing doc strategy.yaml > strategy.md\n  $ bearing doc strategy.yaml --format html > strategy.html',
    )
    .action(async (file: string, options: DocOptions) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw invalid(`unknown format "${options.format}"; expected md or html`);
      }
      const explicit =
        options.period === undefined ? null : periodOption('--period', options.period);
      const strategy = await loadStrategy(io, file);
      // A fresh strategy (the wizard's) has no values yet: the document still tells the story.
      const latest = latestValuePeriod(strategy);
      const period = explicit ?? (latest === null ? null : periodOf(latest));
      const scores = period === null ? [] : scoreAllScorecards(prepareStrategy(strategy), period);
      const blocks = strategyBlocks(strategy, scores, period?.key ?? null);
      const title = strategy.organization ?? strategy.scorecards[0]?.name ?? 'Strategy';
      io.stdout(
        options.format === 'html'
          ? renderHtml(blocks, `${title}: strategy document`)
          : renderMarkdown(blocks),
      );
    });
}
