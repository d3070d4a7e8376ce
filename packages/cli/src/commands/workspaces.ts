import type { Command } from 'commander';
import { createWorkspace, listMemberships, listWorkspaces } from '@bearing/db';
import { invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { printJson } from '../output/json.ts';
import { cell, renderTable } from '../output/table.ts';
import { workspaceIdArgument } from './access-options.ts';
import { withAccessDatabase } from './access-database.ts';
import { DB_OPTION_HELP } from './database-url.ts';

interface AddOptions {
  readonly db?: string;
  readonly name?: string;
}

/** `bearing workspaces add|list`: the workspaces of the local database. */
export function registerWorkspacesCommand(program: Command, io: Io): void {
  const workspaces = program
    .command('workspaces')
    .description('workspaces (one strategy each, with its own members): add, list');

  workspaces
    .command('add')
    .description('create an empty workspace')
    .argument('<id>', 'its id, as in URLs and --workspace (e.g. acme)')
    .option('--name <name>', 'display name (default: the id)')
    .option('--db <url>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      "\nExamples:\n  $ bearing workspaces add acme --name 'Acme Corp'\n  $ bearing import strategy.yaml --workspace acme",
    )
    .action(async (idText: string, options: AddOptions) => {
      const key = workspaceIdArgument(idText);
      const name = (options.name ?? key).trim();
      if (name === '') throw invalid('--name: expected a display name, got an empty one');
      const created = await withAccessDatabase(io, options, (database) =>
        createWorkspace(
          database.db,
          { key, name, organization: null },
          { actor: io.env['USER'] ?? 'cli', now: new Date() },
        ),
      );
      io.stdout(
        `${colorsFor(io).green('✔')} created workspace "${created.key}" (${created.name})\nAdd people: bearing members add EMAIL --workspace ${created.key} --role editor\n`,
      );
    });

  workspaces
    .command('list')
    .description('list the workspaces with their member counts')
    .option('--json', 'print [{key, name, organization, members}]')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (options: { readonly db?: string; readonly json?: true }) => {
      const rows = await withAccessDatabase(io, options, async (database) => {
        const all = await listWorkspaces(database.db);
        return Promise.all(
          all.map(async (w) => ({
            key: w.key,
            name: w.name,
            organization: w.organization,
            members: (await listMemberships(database.db, w.key)).length,
          })),
        );
      });
      if (options.json) {
        printJson(io, rows);
        return;
      }
      const colors = colorsFor(io);
      const header = ['id', 'name', 'members'].map((t) => cell(t, colors.bold));
      const body = rows.map((w) => [cell(w.key), cell(w.name), cell(String(w.members))]);
      io.stdout(renderTable([header, ...body], ['left', 'left', 'right']));
    });
}
