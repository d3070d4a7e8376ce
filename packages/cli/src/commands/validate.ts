import type { Command } from 'commander';
import type { Strategy } from '@bearing/core';
import { CliError, EXIT_INVALID } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { plural } from '../output/format.ts';
import { formatIssues } from '../output/issues.ts';
import { printJson } from '../output/json.ts';
import { readStrategy } from './load.ts';

interface ValidateOptions {
  readonly json?: true;
}

export function registerValidateCommand(program: Command, io: Io): void {
  program
    .command('validate')
    .description('check a strategy file and list every problem with its line, path and a hint')
    .argument('<file>', 'strategy file (.yaml, .yml or .json)')
    .option('--json', 'print {valid, counts} or {valid, issues} as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing validate strategy.yaml\n  $ bearing validate strategy.json --json',
    )
    .action(async (file: string, options: ValidateOptions) => {
      const result = await readStrategy(io, file);
      const colors = colorsFor(io);
      if (result.ok) {
        const counts = countStrategy(result.strategy);
        if (options.json) printJson(io, { valid: true, file, counts });
        else io.stdout(`${colors.green('✔')} ${file} is valid: ${describeCounts(counts)}\n`);
        return;
      }
      if (options.json) printJson(io, { valid: false, file, issues: result.issues });
      else io.stdout(formatIssues(file, result.issues, colors));
      // The issues are the output; exit 2 says "invalid input" without repeating them.
      throw new CliError(EXIT_INVALID, '');
    });
}

export interface StrategyCounts {
  readonly scorecards: number;
  readonly objectives: number;
  readonly kpis: number;
  readonly values: number;
}

export function countStrategy(strategy: Strategy): StrategyCounts {
  const objectives = strategy.scorecards.flatMap((s) => s.objectives);
  const kpis = objectives.flatMap((o) => o.kpis);
  return {
    scorecards: strategy.scorecards.length,
    objectives: objectives.length,
    kpis: kpis.length,
    values: kpis.reduce((sum, k) => sum + k.values.length, 0),
  };
}

export function describeCounts(counts: StrategyCounts): string {
  return [
    plural(counts.scorecards, 'scorecard'),
    plural(counts.objectives, 'objective'),
    plural(counts.kpis, 'KPI'),
    plural(counts.values, 'value'),
  ].join(', ');
}
