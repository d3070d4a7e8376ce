import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from '@bearing/db';
import { buildApp } from './app.ts';
import { parseConfig } from './config.ts';
import type { App } from './types.ts';

/** The CLI's example strategy: two scorecards with a cascade, values over several periods. */
export const EXAMPLE_PATH = fileURLToPath(
  new URL('../../cli/src/assets/strategy.yaml', import.meta.url),
);
export const EXAMPLE_YAML = readFileSync(EXAMPLE_PATH, 'utf8');

/**
 * What the web app and the CLI send with every request: a body-less POST without it is refused
 * as a possible cross-site request (plugins/cross-site.ts).
 */
export const CLIENT_HEADERS = Object.freeze({ 'x-bearing-request': '1' });

/** A fixed clock, so change-log times are predictable. */
export const TEST_NOW = new Date('2026-11-25T12:00:00.000Z');

/** An app over a test database, silent, with small limits so limit tests stay cheap. */
export function buildTestApp(db: Database, env: Record<string, string> = {}): Promise<App> {
  const config = parseConfig({}, { BEARING_LOG_LEVEL: 'silent', ...env });
  return buildApp({ db, config, now: () => TEST_NOW });
}

/** Imports the example strategy into the default workspace, replacing what is there. */
export async function importExample(app: App): Promise<void> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/workspaces/default/import?replace=true',
    headers: { 'content-type': 'application/yaml' },
    payload: EXAMPLE_YAML,
  });
  if (res.statusCode !== 200) throw new Error(`import failed: ${res.body}`);
}
