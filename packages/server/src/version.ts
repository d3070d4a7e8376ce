import { readFileSync } from 'node:fs';

/** The package's own version, for the OpenAPI document: it cannot drift from a constant. */
export function serverVersion(): string {
  const pkg: unknown = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  );
  const version = (pkg as { version?: unknown }).version;
  return typeof version === 'string' ? version : '0.0.0';
}
