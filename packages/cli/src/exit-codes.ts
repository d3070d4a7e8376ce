/**
 * Exit codes are part of the CLI's contract: scripts and CI jobs branch on them.
 * - 0: success.
 * - 1: the command ran but failed (an unexpected error, a file that could not be written).
 * - 2: invalid input: a usage error, an unreadable or invalid strategy file, a bad period or id.
 */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INVALID = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_FAILURE | typeof EXIT_INVALID;

/**
 * Thrown by commands to stop with an exit code and a message for stderr. `run` prints the message,
 * never a stack trace: a stack trace tells a user nothing about their strategy file. An empty
 * message means the command has already said everything (e.g. `validate` listed the issues).
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export const invalid = (message: string) => new CliError(EXIT_INVALID, message);
