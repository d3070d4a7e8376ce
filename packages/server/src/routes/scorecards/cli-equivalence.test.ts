import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PATH, buildTestApp } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../../../cli/bin/bearing.js', import.meta.url));
const TWO = fileURLToPath(
  new URL('../../../../cli/src/__fixtures__/two-scorecards.yaml', import.meta.url),
);

/** Each file, scorecard and period (undefined: the default, the latest with a value). */
const CASES = [
  { file: EXAMPLE_PATH, scorecard: 'acme', period: undefined },
  { file: EXAMPLE_PATH, scorecard: 'acme', period: '2026-Q1' },
  { file: TWO, scorecard: 'corp', period: undefined },
  { file: TWO, scorecard: 'sales', period: '2026-02' },
] as const;

/** The real `bearing` command, as a user runs it: a separate process reading the file. */
async function cliScore(file: string, scorecard: string, period?: string): Promise<string> {
  const args = ['score', file, '--json', '--scorecard', scorecard];
  if (period !== undefined) args.push('--period', period);
  const { stdout } = await run(process.execPath, [BIN, ...args], { env: { ...process.env } });
  return stdout;
}

describe('the scores route and `bearing score --json --scorecard` give the same JSON', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());

    for (const { file, scorecard, period } of CASES) {
      const name = file === TWO ? 'two-scorecards.yaml' : 'the example strategy';
      it(`${name}, scorecard ${scorecard}, period ${period ?? 'latest'}`, async () => {
        const imported = await app.inject({
          method: 'POST',
          url: '/api/workspaces/default/import?replace=true',
          headers: { 'content-type': 'application/yaml' },
          payload: readFileSync(file, 'utf8'),
        });
        expect(imported.statusCode).toBe(200);
        const query = period === undefined ? '' : `?period=${period}`;
        const res = await app.inject(
          `/api/workspaces/default/scorecards/${scorecard}/scores${query}`,
        );
        expect(res.statusCode).toBe(200);
        const cli = await cliScore(file, scorecard, period);
        // Field for field, numbers at full precision, keys in the same order.
        expect(res.json()).toStrictEqual(JSON.parse(cli));
        expect(res.body).toBe(JSON.stringify(JSON.parse(cli)));
      });
    }
  });
});
