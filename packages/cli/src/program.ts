import { Command, CommanderError } from 'commander';
import { registerDbCommand } from './commands/db.ts';
import { registerDocCommand } from './commands/doc.ts';
import { registerReportCommand } from './commands/report.ts';
import { registerEvidenceCommand } from './commands/evidence.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerHistoryCommand } from './commands/history.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerInitCommand } from './commands/init.ts';
import { registerLintCommand } from './commands/lint.ts';
import { registerScoreCommand } from './commands/score.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerStatusCommand } from './commands/status.ts';
import { registerTemplatesCommand } from './commands/templates.ts';
import { registerTokensCommand } from './commands/tokens.ts';
import { registerUsersCommand } from './commands/users.ts';
import { registerMembersCommand } from './commands/members.ts';
import { registerWorkspacesCommand } from './commands/workspaces.ts';
import { registerValidateCommand } from './commands/validate.ts';
import { registerWizardCommand } from './commands/wizard.ts';
import { CliError, EXIT_FAILURE, EXIT_INVALID, EXIT_OK, type ExitCode } from './exit-codes.ts';
import type { Io } from './io.ts';
import { colorsFor } from './output/colors.ts';
import { cliVersion } from './version.ts';

const EXAMPLES = `
Examples:
  $ bearing init                                   write an example strategy.yaml here
  $ bearing init --template hospice                start from a template (bearing templates list)
  $ bearing wizard                                 build a first strategy map from a few answers
  $ bearing validate strategy.yaml                 check the file, listing every problem
  $ bearing score strategy.yaml                    score every scorecard as of the latest data
  $ bearing score strategy.yaml --period 2026-Q2 --scorecard acme --json
  $ bearing history strategy.yaml --kpi return-rate --from 2026-01 --to 2026-06
  $ bearing evidence strategy.yaml                 test each cause-effect link against the data
  $ bearing serve --demo                           run the API on http://127.0.0.1:4600/api
  $ bearing users add ann@example.com --admin      create the first administrator (turns on sign-in)

Exit codes: 0 ok, 1 failure, 2 invalid input (usage, unreadable or invalid file, bad period or id).
Colours: on when stdout is a terminal; NO_COLOR=1 turns them off, FORCE_COLOR=1 forces them on.
Docs: docs/cli.md`;

/**
 * Builds the whole command tree around an injected `Io`, without parsing anything, so tests run
 * the real program in-process. Settings are applied before the subcommands are added because
 * commander copies them (exitOverride, output, suggestions) into each subcommand at creation.
 */
export function buildProgram(io: Io): Command {
  const program = new Command('bearing')
    .description('Balanced Scorecard strategy files: validate, score and track KPIs over time.')
    .version(cliVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => {
        write(colorsFor(io).red(text));
      },
    })
    .addHelpText('after', EXAMPLES);

  registerValidateCommand(program, io);
  registerScoreCommand(program, io);
  registerHistoryCommand(program, io);
  registerStatusCommand(program, io);
  registerEvidenceCommand(program, io);
  registerLintCommand(program, io);
  registerInitCommand(program, io);
  registerServeCommand(program, io);
  registerDbCommand(program, io);
  registerImportCommand(program, io);
  registerExportCommand(program, io);
  registerWizardCommand(program, io);
  registerTemplatesCommand(program, io);
  registerDocCommand(program, io);
  registerReportCommand(program, io);
  registerUsersCommand(program, io);
  registerMembersCommand(program, io);
  registerTokensCommand(program, io);
  registerWorkspacesCommand(program, io);
  return program;
}

/** Parses `argv` (without `node` and the script) and runs the command; resolves to the exit code. */
export async function run(io: Io, argv: readonly string[]): Promise<ExitCode> {
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return exitCodeFor(io, error);
  }
}

function exitCodeFor(io: Io, error: unknown): ExitCode {
  if (error instanceof CliError) {
    if (error.message !== '') io.stderr(`${colorsFor(io).red('error:')} ${error.message}\n`);
    return error.exitCode;
  }
  // Commander has already printed its message (help, version, or a usage error with a suggestion).
  // It exits 1 on usage errors; our contract says 2.
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_INVALID;
  // A bug: say so plainly; the stack is for developers who ask for it.
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`error: internal error: ${message}\n`);
  if (io.env['BEARING_DEBUG'] && error instanceof Error && error.stack)
    io.stderr(`${error.stack}\n`);
  else io.stderr('(set BEARING_DEBUG=1 to print the stack trace, and please report it)\n');
  return EXIT_FAILURE;
}
