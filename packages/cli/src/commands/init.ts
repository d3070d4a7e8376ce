import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError, EXIT_FAILURE, EXIT_INVALID } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { didYouMean } from '../suggest.ts';
import { TEMPLATE_CATALOG, findTemplate, readCatalogTemplate, readTemplate } from '../templates.ts';

const FILE_NAME = 'strategy.yaml';

interface InitOptions {
  readonly force?: true;
  readonly template?: string;
}

export function registerInitCommand(program: Command, io: Io): void {
  program
    .command('init')
    .description(`write an example ${FILE_NAME} to start from (a small, valid scorecard)`)
    .argument('[dir]', 'directory to write into (created when missing)', '.')
    .option('-f, --force', `overwrite an existing ${FILE_NAME}`)
    .option('-t, --template <name>', 'start from a shipped template (see bearing templates list)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing init\n  $ bearing init strategy --force\n  $ bearing init --template city-council',
    )
    .action(async (dir: string, options: InitOptions) => {
      // Check the template before touching the disk: a typo is reported first, and nothing is written.
      const text =
        options.template === undefined ? readTemplate('strategy') : templateText(options.template);
      const target = resolve(io.cwd, dir, FILE_NAME);
      const shown = relative(io.cwd, target) || FILE_NAME;
      try {
        await io.writeFile(target, text, { exclusive: !options.force });
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

function templateText(name: string): string {
  const entry = findTemplate(name);
  if (entry !== undefined) return readCatalogTemplate(entry);
  const names = TEMPLATE_CATALOG.map((t) => t.name);
  throw new CliError(
    EXIT_INVALID,
    `unknown template "${name}"${didYouMean(name, names)}\navailable templates: ${names.join(', ')}`,
  );
}

function writeError(error: unknown, shown: string): CliError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EEXIST') {
    return new CliError(EXIT_INVALID, `${shown} already exists; use --force to overwrite it`);
  }
  const why = error instanceof Error ? error.message : String(error);
  return new CliError(EXIT_FAILURE, `cannot write ${shown}: ${why}`);
}
