import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { parseConfig } from '../config.ts';
import { CLIENT_HEADERS } from '../test-helpers.ts';
import type { App } from '../types.ts';
import { ASSET_CACHE_CONTROL, PAGE_CACHE_CONTROL } from './web-app.ts';

const INDEX = '<!doctype html><title>Bearing</title><div id="root"></div>';
const SCRIPT = 'console.log("bearing");';

const jsonNotFound = {
  error: { code: 'NOT_FOUND', message: expect.stringMatching(/^no route /) as unknown, path: '' },
};

describe('serving the web app', () => {
  forEachDialect(({ db }) => {
    const dir = mkdtempSync(join(tmpdir(), 'bearing-web-'));
    const built = join(dir, 'dist');
    const empty = join(dir, 'empty');
    const config = parseConfig({}, { BEARING_LOG_LEVEL: 'silent' });
    const apps: App[] = [];
    const app = async (webRoot: string | undefined) => {
      const made = await buildApp({ db: db(), config, webRoot });
      apps.push(made);
      return made;
    };
    let web: App;
    beforeAll(async () => {
      mkdirSync(join(built, 'assets'), { recursive: true });
      mkdirSync(empty);
      writeFileSync(join(built, 'index.html'), INDEX);
      writeFileSync(join(built, 'assets', 'x.js'), SCRIPT);
      writeFileSync(join(built, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      writeFileSync(join(built, '.env'), 'SECRET=1');
      web = await app(built);
    });
    afterAll(async () => {
      await Promise.all(apps.map((a) => a.close()));
      rmSync(dir, { recursive: true, force: true });
    });

    it('serves index.html at / without long caching', async () => {
      for (const url of ['/', '/index.html']) {
        const res = await web.inject(url);
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.headers['cache-control']).toBe(PAGE_CACHE_CONTROL);
        expect(res.body).toBe(INDEX);
      }
    });

    it('serves hashed assets with long cache headers, other files with revalidation', async () => {
      const script = await web.inject('/assets/x.js');
      expect(script.statusCode).toBe(200);
      expect(script.headers['content-type']).toMatch(/javascript/);
      expect(script.headers['cache-control']).toBe(ASSET_CACHE_CONTROL);
      expect(script.body).toBe(SCRIPT);
      const icon = await web.inject('/favicon.svg');
      expect(icon.statusCode).toBe(200);
      expect(icon.headers['cache-control']).toBe(PAGE_CACHE_CONTROL);
    });

    it('answers deep links with index.html, so a reload keeps the page', async () => {
      for (const method of ['GET', 'HEAD'] as const) {
        const res = await web.inject({ method, url: '/w/default/s/acme/map?period=2026-06' });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.headers['cache-control']).toBe(PAGE_CACHE_CONTROL);
        if (method === 'GET') expect(res.body).toBe(INDEX);
      }
    });

    it('keeps the JSON 404 for unknown API paths, missing assets and other methods', async () => {
      for (const [method, url] of [
        ['GET', '/api/nope'],
        ['GET', '/api'],
        ['HEAD', '/api/nope/deeper'],
        ['GET', '/assets/gone-a1b2c3.js'],
        ['POST', '/w/default'],
      ] as const) {
        const res = await web.inject({ method, url, headers: CLIENT_HEADERS });
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        if (method !== 'HEAD') expect(res.json()).toEqual(jsonNotFound);
      }
    });

    it('still serves the API and its docs', async () => {
      const health = await web.inject('/api/health');
      expect(health.statusCode).toBe(200);
      expect(health.json()).toMatchObject({ status: 'ok' });
      expect((await web.inject('/api/docs/json')).statusCode).toBe(200);
      const openapi = (await web.inject('/api/openapi.json')).json<{ paths: object }>();
      expect(Object.keys(openapi.paths).every((p) => p.startsWith('/api/'))).toBe(true);
    });

    it('never serves files outside the build or dotfiles', async () => {
      const traversal = await web.inject('/..%2f..%2fetc%2fpasswd');
      expect(traversal.body).not.toContain('root:');
      expect(traversal.headers['content-type']).not.toMatch(/octet-stream/);
      const dotfile = await web.inject('/.env');
      expect(dotfile.body).not.toContain('SECRET');
      const absolute = await web.inject('//etc/passwd');
      expect(absolute.statusCode).toBe(403);
      expect(absolute.json()).toEqual({
        error: { code: 'FORBIDDEN', message: expect.any(String) as unknown, path: '' },
      });
    });

    it('says how to build the web app when there is none', async () => {
      for (const root of [undefined, empty]) {
        const bare = await app(root);
        const res = await bare.inject('/');
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(res.body).toContain('the web app is not built yet');
        expect(res.body).toContain('npm run build');
        expect(res.body).toContain('<a href="/api/docs">');
        if (root !== undefined) expect(res.body).toContain(empty);
        const deep = await bare.inject('/w/default/s/acme/map');
        expect(deep.statusCode).toBe(404);
        expect(deep.json()).toEqual(jsonNotFound);
        expect((await bare.inject('/api/nope')).json()).toEqual(jsonNotFound);
      }
    });
  });
});
