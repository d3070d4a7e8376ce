import { parseStrategyText } from '@bearing/core';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_YAML, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const INVALID = `bearing: 1
scorecards:
  - id: broken
    nam: Typo
`;

describe('strategy import and export', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db(), { BEARING_IMPORT_LIMIT: '100000' });
    });
    afterAll(() => app.close());
    beforeEach(() => importExample(app));

    const post = (payload: string, contentType: string, query = '') =>
      app.inject({
        method: 'POST',
        url: `/api/workspaces/default/import${query}`,
        headers: { 'content-type': contentType },
        payload,
      });
    const exportAs = (accept: string) =>
      app.inject({ url: '/api/workspaces/default/export', headers: { accept } });

    it('imports YAML and returns the scorecard ids', async () => {
      const res = await post(EXAMPLE_YAML, 'application/yaml', '?replace=true');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ scorecards: ['acme', 'operations', 'service'], replaced: 3 });
    });

    it('imports JSON by content type', async () => {
      const json = (await exportAs('application/json')).body;
      const res = await post(json, 'application/json; charset=utf-8', '?replace=true');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ scorecards: ['acme', 'operations', 'service'], replaced: 3 });
    });

    it('answers 422 with every located issue, and an invalid import changes nothing', async () => {
      const before = (await exportAs('application/yaml')).body;
      const changes = (await app.inject('/api/workspaces/default/changes')).json<{
        changes: unknown[];
      }>().changes.length;
      const res = await post(INVALID, 'text/yaml', '?replace=true');
      expect(res.statusCode).toBe(422);
      const { error } = res.json<{ error: { code: string; path: string; issues: unknown[] } }>();
      expect(error.code).toBe('INVALID_STRATEGY');
      expect(error.path).toBe('body');
      expect(error.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'UNKNOWN_KEY', path: 'scorecards[0].nam', line: 4 }),
          expect.objectContaining({ code: 'REQUIRED', path: 'scorecards[0].name', line: 3 }),
        ]),
      );
      expect((await exportAs('application/yaml')).body).toBe(before);
      const after = (await app.inject('/api/workspaces/default/changes')).json<{
        changes: unknown[];
      }>().changes.length;
      expect(after).toBe(changes);
    });

    it('refuses a scorecard id the workspace already has with 409 DUPLICATE_KEY', async () => {
      const res = await post(EXAMPLE_YAML, 'application/yaml');
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { code: 'DUPLICATE_KEY' } });
    });

    it('answers 413 for a body over the import limit and 415 for an unknown type', async () => {
      const big = await post(`# ${'x'.repeat(100_001)}\n`, 'application/yaml');
      expect(big.statusCode).toBe(413);
      expect(big.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
      const xml = await post('<strategy/>', 'application/xml');
      expect(xml.statusCode).toBe(415);
      expect(xml.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    });

    it('exports YAML and JSON that parse back to the imported strategy', async () => {
      const original = parseStrategyText(EXAMPLE_YAML, 'yaml');
      const yaml = await exportAs('application/yaml');
      expect(yaml.headers['content-type']).toBe('application/yaml; charset=utf-8');
      expect(parseStrategyText(yaml.body, 'yaml')).toEqual(original);
      const json = await exportAs('application/yaml;q=0.5, application/json');
      expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(parseStrategyText(json.body, 'json')).toEqual(original);
    });

    it('answers 406 when Accept names neither YAML nor JSON', async () => {
      const res = await exportAs('text/csv');
      expect(res.statusCode).toBe(406);
      expect(res.json()).toMatchObject({
        error: { code: 'NOT_ACCEPTABLE', path: 'headers.accept' },
      });
    });
  });
});
