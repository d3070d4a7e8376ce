import type { Command } from 'commander';
import { DOCUMENT_FORMATS, type DocumentFormat, strategyDocument } from '@bearing/core';
import { invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { loadStrategy } from './load.ts';
import { periodOption } from './options.ts';

interface DocOptions {
  readonly format: string;
  readonly period?: string;
}

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
      if (!isFormat(options.format)) {
        throw invalid(`unknown format "${options.format}"; expected md or html`);
      }
      const period =
        options.period === undefined ? undefined : periodOption('--period', options.period);
      const strategy = await loadStrategy(io, file);
      // A fresh strategy (the wizard's) has no values yet: the document still tells the story.
      io.stdout(strategyDocument(strategy, { format: options.format, period }));
    });
}

function isFormat(format: string): format is DocumentFormat {
  return (DOCUMENT_FORMATS as readonly string[]).includes(format);
}
