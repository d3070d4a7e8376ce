/** @bearing/cli: the `bearing` program, importable so other tools and tests can run it in-process. */
export { buildProgram, run } from './program.ts';
export type { Io } from './io.ts';
export { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, type ExitCode } from './exit-codes.ts';
