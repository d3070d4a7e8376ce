import type { Io } from '../io.ts';

/**
 * JSON output: the engine's objects as they are (full precision, no display rounding), indented
 * for people, one document per run so `jq` can read it. Never coloured.
 */
export function printJson(io: Io, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
