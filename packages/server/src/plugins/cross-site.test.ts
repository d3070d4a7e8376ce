import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, EXAMPLE_YAML, buildTestApp, importExample } from '../test-helpers.ts';
import type { App } from '../types.ts';

/**
 * The three writes a foreign page made in the security review, each of which replaced the
 * whole workspace: a no-cors text/plain import, a text/plain form, a body-less template apply.
 * Each must now be refused with 403 in the error shape and leave the workspace as it was.
 */
describe('cross-site writes', () => {
  let database: TestDatabase;
  let app: App;
  const exported = async () =>
    (await app.inject('/api/workspaces/default/export?format=json')).body;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildTestApp(database);
    await importExample(app);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const EMPTY_STRATEGY = 'bearing: 1\nscorecards: []\n';
  const FOREIGN = { origin: 'http://127.0.0.1:5999' };

  it.each([
    [
      'a no-cors fetch of a text/plain import',
      '/api/workspaces/default/import?replace=true',
      { 'content-type': 'text/plain', ...FOREIGN },
      EMPTY_STRATEGY,
      'headers.origin',
    ],
    [
      'the same text/plain import with no Origin (an old browser)',
      '/api/workspaces/default/import?replace=true',
      { 'content-type': 'text/plain' },
      EMPTY_STRATEGY,
      'headers.content-type',
    ],
    [
      'an auto-submitted text/plain form',
      '/api/workspaces/default/import?replace=true',
      { 'content-type': 'text/plain;charset=UTF-8', ...FOREIGN },
      `${EMPTY_STRATEGY}x=`,
      'headers.origin',
    ],
    [
      'a url-encoded form without Origin, with a foreign Referer',
      '/api/workspaces/default/import?replace=true',
      {
        'content-type': 'application/x-www-form-urlencoded',
        referer: 'http://attacker.example/page',
      },
      'bearing=1',
      'headers.referer',
    ],
    [
      'a body-less template apply',
      '/api/workspaces/default/templates/hospice/apply?replace=true',
      {},
      undefined,
      'headers.x-bearing-request',
    ],
    [
      'a body-less template apply from a foreign page that adds the header',
      '/api/workspaces/default/templates/hospice/apply?replace=true',
      { ...CLIENT_HEADERS, ...FOREIGN },
      undefined,
      'headers.origin',
    ],
  ] as const)('refuses %s and changes nothing', async (_what, url, headers, payload, path) => {
    const before = await exported();
    const res = await app.inject({
      method: 'POST',
      url,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({
      error: { code: 'CROSS_SITE_REQUEST', message: expect.any(String) as string, path },
    });
    expect(await exported()).toBe(before);
  });

  it('refuses a sandboxed page (Origin: null)', async () => {
    const res = await app.inject({
      method: 'DELETE',
      url: '/api/workspaces/default/scorecards/acme?version=1',
      headers: { origin: 'null' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'CROSS_SITE_REQUEST' } });
  });

  it('lets the web app write: same origin, JSON or YAML, the header on body-less posts', async () => {
    const same = { origin: 'http://localhost:80', host: 'localhost:80' };
    const imported = await app.inject({
      method: 'POST',
      url: '/api/workspaces/default/import?replace=true',
      headers: { ...same, 'content-type': 'application/yaml' },
      payload: EXAMPLE_YAML,
    });
    expect(imported.statusCode).toBe(200);
    const created = await app.inject({
      method: 'POST',
      url: '/api/workspaces',
      headers: same,
      payload: { key: 'northwind', name: 'Northwind' },
    });
    expect(created.statusCode).toBe(201);
    const applied = await app.inject({
      method: 'POST',
      url: '/api/workspaces/northwind/templates/hospice/apply',
      headers: { ...same, ...CLIENT_HEADERS },
    });
    expect(applied.statusCode).toBe(200);
  });

  it('reads are never refused, whatever the Origin (a browser keeps their answer from the page)', async () => {
    const res = await app.inject({ url: '/api/health', headers: FOREIGN });
    expect(res.statusCode).toBe(200);
  });
});
