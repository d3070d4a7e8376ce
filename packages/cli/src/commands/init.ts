import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError, EXIT_FAILURE, EXIT_INVALID } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { readTemplate } from '../templates.ts';

const FILE_NAME = 'strategy.yaml';

interface InitOptions {
  readonly force?: true;
}

export function registerInitCommand(program: Command, io: Io): void {
  program
    .command('init')
    .description(`write an example ${FILE_NAME} to start from (a small, valid scorecard)`)
    .argument('[dir]', 'directory to write into (created when missing)', '.')
    .option('-f, --force', `overwrite an existing ${FILE_NAME}`)
    .addHelpText('after', '\nExamples:\n  $ bearing init\n  $ bearing init strategy --force')
    .action(async (dir: string, options: InitOptions) => {
      const target = resolve(io.cwd, dir, FILE_NAME);
      const shown = relative(io.cwd, target) || FILE_NAME;
      try {
        await io.writeFile(target, readTemplate('strategy'), { exclusive: !options.force });
      } catch (error) {
        throw writeError(error, shown);
      }
      const colors = colorsFor(io);
      io.stdout(
        `${colors.green('✔')} wrote ${shown}\n` +
          `Next:\n  bearing validate ${shown}\n  bearing score ${shown}\n`,
      );
    });
}

function writeError(error: unknown, shown: string): CliError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EEXIST') {
    return new CliError(EXIT_INVALID, `${shown} already exists; use --force to overwrite it`);
  }
  const why = error instanceof Error ? error.message : String(error);
  return new CliError(EXIT_FAILURE, `cannot write ${shown}: ${why}`);
}
