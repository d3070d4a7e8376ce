import { readFileSync } from 'node:fs';

/** The version printed by `--version`: the package's own, so it cannot drift from a constant. */
export function cliVersion(): string {
  const pkg: unknown = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  );
  const version = (pkg as { version?: unknown }).version;
  return typeof version === 'string' ? version : '0.0.0';
}
