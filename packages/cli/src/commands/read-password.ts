import { passwordProblem } from '@bearing/server';
import { invalid } from '../exit-codes.ts';
import type { Io } from '../io.ts';

/**
 * The password given on standard input (`--password-stdin`), never on the command line where
 * `ps` and the shell history would keep it. One trailing line break is the `echo` or the Enter
 * key, not part of the password; anything else counts.
 */
export async function readPasswordFromStdin(io: Io): Promise<string> {
  if (!io.stdin) throw invalid('--password-stdin: there is no standard input to read from');
  let text = '';
  for await (const chunk of io.stdin) text += typeof chunk === 'string' ? chunk : String(chunk);
  const password = text.replace(/\r?\n$/, '');
  const problem = passwordProblem(password);
  if (problem !== null) throw invalid(`--password-stdin: ${problem}`);
  return password;
}
