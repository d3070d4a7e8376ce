import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { parseConfig } from '../config.ts';
import { importExample } from '../test-helpers.ts';
import type { App } from '../types.ts';
import { API_CSP, APP_CSP, DOCS_CSP, DOCUMENT_CSP } from './security-headers.ts';

/** Headers every answer carries, whatever it is. */
function expectBaseHeaders(res: LightMyRequestResponse): void {
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['referrer-policy']).toBe('same-origin');
  expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
}

describe('security headers, per kind of response', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bearing-headers-'));
  let database: TestDatabase;
  let app: App;
  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    database = await createTestDatabase('sqlite');
    const config = parseConfig({}, { BEARING_LOG_LEVEL: 'silent' });
    app = await buildApp({ db: database, config, webRoot: dir });
    await importExample(app);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['the web app page', '/', APP_CSP],
    ['a deep link into the web app', '/w/default/s/acme/map', APP_CSP],
    ['a web app asset', '/assets/index-abc123.js', APP_CSP],
    ['API JSON', '/api/workspaces/default/scorecards/acme/scores', API_CSP],
    ['an API error', '/api/workspaces/default/scorecards/nope/scores', API_CSP],
    ['an unknown API path', '/api/nope', API_CSP],
    ['a strategy export', '/api/workspaces/default/export', API_CSP],
    ['the API docs', '/api/docs/static/index.html', DOCS_CSP],
    ['a document download', '/api/workspaces/default/scorecards/acme/document', DOCUMENT_CSP],
  ])('sends the headers and the policy for %s', async (_kind, url, csp) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBeLessThan(500);
    expectBaseHeaders(res);
    expect(res.headers['content-security-policy']).toBe(csp);
  });

  it('never lets the web app run inline or foreign scripts, or be framed', () => {
    expect(APP_CSP).toContain("script-src 'self';");
    expect(APP_CSP).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|https?:)/);
    expect(APP_CSP).toContain("frame-ancestors 'none'");
    expect(DOCUMENT_CSP).toContain('sandbox');
    expect(DOCUMENT_CSP).not.toContain('script-src');
  });

  it('sends the headers on an error raised before any route is found (a bad URL)', async () => {
    const res = await app.inject('/api/workspaces/default/scorecards/%zz');
    expect(res.statusCode).toBe(400);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe(API_CSP);
  });
});
