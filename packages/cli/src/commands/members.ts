import type { Command } from 'commander';
import {
  type Database,
  type MembershipRecord,
  NotFoundError,
  getWorkspace,
  listMemberships,
  listScorecards,
  listWorkspaces,
  putMembership,
  removeMembership,
} from '@bearing/db';
import { invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { colorsFor } from '../output/colors.ts';
import { printJson } from '../output/json.ts';
import { cell, renderTable } from '../output/table.ts';
import { didYouMean } from '../suggest.ts';
import { ROLE_NAMES, accountOption, emailArgument, roleOption } from './access-options.ts';
import { withAccessDatabase } from './access-database.ts';
import { DB_OPTION_HELP } from './database-url.ts';
import { list } from './options.ts';

interface MemberOptions {
  readonly db?: string;
  readonly workspace: string;
}

interface AddOptions extends MemberOptions {
  readonly role: string;
  readonly scorecard?: string[];
}

const WORKSPACE_HELP = 'the workspace (bearing workspaces list)';

/** `bearing members add|list|remove`: who may do what in a workspace (docs/access.md). */
export function registerMembersCommand(program: Command, io: Io): void {
  const members = program
    .command('members')
    .description("a workspace's members and their roles: add (or change), list, remove");

  members
    .command('add')
    .description('give an account a role in a workspace, or change the role it has')
    .argument('<email>', 'the account (create it first with bearing users add)')
    .requiredOption('--workspace <id>', WORKSPACE_HELP)
    .requiredOption('--role <role>', `one of ${ROLE_NAMES.join(', ')}`)
    .option(
      '--scorecard <id>',
      'limit the role to this scorecard (repeat for more); the member reads the rest as a viewer',
      // Repeated rather than variadic, so `--scorecard a EMAIL` never takes the email for an id.
      (id: string, ids: string[] | undefined) => [...(ids ?? []), id],
    )
    .option('--db <url>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      '\nExamples:\n  $ bearing members add ann@example.com --workspace acme --role editor\n  $ bearing members add bob@example.com --workspace acme --role editor --scorecard sales --scorecard service',
    )
    .action(async (emailText: string, options: AddOptions) => {
      const email = emailArgument(emailText);
      const role = roleOption(options.role);
      await withAccessDatabase(io, options, async (database) => {
        await workspaceOption(database, options.workspace);
        const account = await accountOption(database, email, 'EMAIL');
        const scorecards = await scorecardsOption(database, options.workspace, options.scorecard);
        const { created, record } = await putMembership(
          database.db,
          { workspace: options.workspace, accountId: account.id, role, scorecards },
          new Date(),
        );
        const where =
          scorecards === null
            ? ''
            : ` on scorecard${scorecards.length === 1 ? '' : 's'} ${scorecards.join(', ')} (a viewer elsewhere)`;
        io.stdout(
          `${colorsFor(io).green('✔')} ${record.email} is ${created ? 'now' : 'changed to'} ${role} in workspace "${options.workspace}"${where}\n`,
        );
      });
    });

  members
    .command('list')
    .description("list a workspace's members")
    .requiredOption('--workspace <id>', WORKSPACE_HELP)
    .option('--json', 'print [{workspace, accountId, email, name, role, scorecards}]')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (options: MemberOptions & { readonly json?: true }) => {
      const records = await withAccessDatabase(io, options, async (database) => {
        await workspaceOption(database, options.workspace);
        return listMemberships(database.db, options.workspace);
      });
      if (options.json) printJson(io, records);
      else io.stdout(membersTable(io, options.workspace, records));
    });

  members
    .command('remove')
    .description('take an account out of a workspace (the account itself stays)')
    .argument('<email>', 'the member')
    .requiredOption('--workspace <id>', WORKSPACE_HELP)
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (emailText: string, options: MemberOptions) => {
      const email = emailArgument(emailText);
      await withAccessDatabase(io, options, async (database) => {
        await workspaceOption(database, options.workspace);
        const account = await accountOption(database, email, 'EMAIL');
        if (!(await removeMembership(database.db, options.workspace, account.id))) {
          throw invalid(`${account.email} is not a member of workspace "${options.workspace}"`);
        }
        io.stdout(
          `${colorsFor(io).green('✔')} removed ${account.email} from workspace "${options.workspace}"\n`,
        );
      });
    });
}

/** The workspace must exist; otherwise exit 2 naming it and the ones that do. */
async function workspaceOption(database: Database, workspace: string): Promise<void> {
  try {
    await getWorkspace(database.db, workspace);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const keys = (await listWorkspaces(database.db)).map((w) => w.key);
    throw invalid(
      `--workspace: no workspace "${workspace}"${didYouMean(workspace, keys)}; the database has: ${list(keys)}`,
    );
  }
}

/** Every --scorecard must be a scorecard of the workspace; none given means the whole workspace. */
async function scorecardsOption(
  database: Database,
  workspace: string,
  given: readonly string[] | undefined,
): Promise<string[] | null> {
  if (given === undefined || given.length === 0) return null;
  const ids: string[] = (await listScorecards(database.db, workspace)).map((s) => s.id);
  for (const id of given) {
    if (!ids.includes(id)) {
      throw invalid(
        `--scorecard: no scorecard "${id}" in workspace "${workspace}"${didYouMean(id, ids)}; it has: ${list(ids)}`,
      );
    }
  }
  return [...new Set(given)];
}

function membersTable(io: Io, workspace: string, records: readonly MembershipRecord[]): string {
  if (records.length === 0) {
    return `Workspace "${workspace}" has no members (instance administrators see it anyway).\n`;
  }
  const colors = colorsFor(io);
  const header = ['email', 'name', 'role', 'scorecards'].map((t) => cell(t, colors.bold));
  const rows = records.map((m) => [
    cell(m.email),
    cell(m.name),
    cell(m.role),
    cell(m.scorecards === null ? 'all' : m.scorecards.join(', ')),
  ]);
  return renderTable([header, ...rows], ['left', 'left', 'left', 'left']);
}
