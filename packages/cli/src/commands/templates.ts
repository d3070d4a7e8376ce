import type { Command } from 'commander';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { printJson } from '../output/json.ts';
import { TEMPLATE_CATALOG } from '../templates.ts';

interface ListOptions {
  readonly json?: true;
}

export function registerTemplatesCommand(program: Command, io: Io): void {
  const templates = program
    .command('templates')
    .description(
      'the strategy templates shipped with Bearing (start one with bearing init --template NAME)',
    );
  templates
    .command('list')
    .description('list the templates: name, title and description')
    .option('--json', 'print [{name, title, description}]')
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing templates list\n  $ bearing init --template hospice',
    )
    .action((options: ListOptions) => {
      if (options.json) {
        printJson(io, TEMPLATE_CATALOG);
        return;
      }
      const colors = colorsFor(io);
      const width = Math.max(...TEMPLATE_CATALOG.map((t) => t.name.length));
      for (const t of TEMPLATE_CATALOG) {
        io.stdout(
          `${colors.bold(t.name.padEnd(width))}  ${t.title}\n${' '.repeat(width + 2)}${colors.dim(t.description)}\n`,
        );
      }
      io.stdout(
        `\nStart from one: bearing init --template ${TEMPLATE_CATALOG[0]?.name ?? 'NAME'}\n`,
      );
    });
}
