import {
  generateStrategy,
  parseStrategyText,
  stringifyStrategy,
  validateAnswers,
} from '@bearing/core';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

/** The answers of docs/customer.md, as the web wizard sends them. */
const ANSWERS = {
  organization: 'Summit Gear',
  sector: 'outdoor equipment',
  valueDiscipline: 'product-leadership',
  segments: [
    { name: 'Alpine climbers', values: ['functionality', 'quality'] },
    { name: 'Weekend hikers' },
  ],
  partners: ['Outdoor specialist dealers'],
  otherStakeholders: ['Mountain guides'],
  challenge: 'Few customers buy our second-generation products',
  outcomes: ['retention', 'satisfaction', 'profitability'],
};

/** What `bearing wizard --answers` writes for these answers, as the file's JSON. */
function generated(answers: unknown): string {
  const checked = validateAnswers(answers);
  if (!checked.ok) throw new Error('invalid answers');
  return stringifyStrategy(generateStrategy(checked.value), 'json');
}

interface ValidationBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly path: string;
    readonly issues: readonly { code: string; path: string; line: number | null }[];
  };
}

describe('the Strategy Map Wizard', () => {
  forEachDialect(({ db }) => {
    let app: App;
    let workspaces = 0;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());

    async function newWorkspace(): Promise<string> {
      const key = `wizard-${++workspaces}`;
      const res = await app.inject({
        method: 'POST',
        url: '/api/workspaces',
        payload: { key, name: key },
      });
      expect(res.statusCode).toBe(201);
      return key;
    }
    const preview = (payload: unknown) =>
      app.inject({ method: 'POST', url: '/api/wizard/preview', payload: payload as object });
    const create = (ws: string, payload: unknown, query = '') =>
      app.inject({
        method: 'POST',
        url: `/api/workspaces/${ws}/wizard${query}`,
        payload: payload as object,
      });
    const exported = async (ws: string) =>
      (await app.inject(`/api/workspaces/${ws}/export?format=json`)).body;
    const changeCount = async (ws: string) =>
      (await app.inject(`/api/workspaces/${ws}/changes`)).json<{ changes: unknown[] }>().changes
        .length;

    it('previews the generated strategy as the strategy file in JSON, writing nothing', async () => {
      const ws = await newWorkspace();
      const before = await changeCount(ws);
      const res = await preview(ANSWERS);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.body).toBe(generated(ANSWERS));
      expect(res.json()).toMatchObject({ organization: 'Summit Gear' });
      expect(await changeCount(ws)).toBe(before);
    });

    it('refuses invalid answers with 400 VALIDATION naming the first bad field and every issue', async () => {
      const res = await preview({
        organisation: 'Typo',
        valueDiscipline: 'cheapest',
        segments: [],
      });
      expect(res.statusCode).toBe(400);
      const { error } = res.json<ValidationBody>();
      expect(error.code).toBe('VALIDATION');
      expect(error.path).toBe(`body.${error.issues[0]!.path}`);
      expect(error.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'REQUIRED', path: 'organization', line: null }),
          expect.objectContaining({ code: 'UNKNOWN_KEY', path: 'organisation' }),
          expect.objectContaining({ code: 'INVALID_TYPE', path: 'valueDiscipline' }),
          expect.objectContaining({ path: 'segments' }),
        ]),
      );
      expect(error.message).toContain('body.valueDiscipline: ');
    });

    it('refuses two segments with one id, pointing at the second', async () => {
      const res = await preview({
        ...ANSWERS,
        segments: [{ name: 'Weekend hikers' }, { name: 'weekend  Hikers' }],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        error: {
          code: 'VALIDATION',
          path: 'body.segments[1].name',
          issues: [{ code: 'DUPLICATE_ID', path: 'segments[1].name' }],
        },
      });
    });

    it('refuses a missing or non-object body with the path body', async () => {
      const empty = await app.inject({
        method: 'POST',
        url: '/api/wizard/preview',
        headers: CLIENT_HEADERS,
      });
      expect(empty.statusCode).toBe(400);
      expect(empty.json()).toMatchObject({
        error: { code: 'VALIDATION', path: 'body.organization' },
      });
      const list = await preview([1, 2]);
      expect(list.statusCode).toBe(400);
      expect(list.json()).toMatchObject({ error: { code: 'VALIDATION', path: 'body' } });
    });

    it('imports the generated strategy into the workspace and returns its scorecard', async () => {
      const ws = await newWorkspace();
      const res = await create(ws, ANSWERS);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ scorecards: ['summit-gear'], replaced: 0 });
      expect(parseStrategyText(await exported(ws), 'json')).toEqual(
        parseStrategyText(generated(ANSWERS), 'json'),
      );
      const lint = await app.inject(`/api/workspaces/${ws}/scorecards/summit-gear/lint`);
      expect(lint.statusCode).toBe(200);
    });

    it('writes nothing for invalid answers or a scorecard id the workspace has (409)', async () => {
      const ws = await newWorkspace();
      await create(ws, ANSWERS);
      const before = await exported(ws);
      const changes = await changeCount(ws);
      const invalid = await create(ws, { ...ANSWERS, outcomes: ['happiness'] });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json()).toMatchObject({
        error: { code: 'VALIDATION', path: 'body.outcomes[0]' },
      });
      const again = await create(ws, ANSWERS);
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ error: { code: 'DUPLICATE_KEY' } });
      expect(await exported(ws)).toBe(before);
      expect(await changeCount(ws)).toBe(changes);
    });

    it('replaces the workspace with replace=true; 404 for an unknown workspace', async () => {
      const ws = await newWorkspace();
      await create(ws, ANSWERS);
      const replaced = await create(ws, { ...ANSWERS, organization: 'Peak Co' }, '?replace=true');
      expect(replaced.json()).toEqual({ scorecards: ['peak-co'], replaced: 1 });
      const missing = await create('missing', ANSWERS);
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    });

    it('documents the answers in the OpenAPI document', async () => {
      const doc = (await app.inject('/api/openapi.json')).json<{
        paths: Record<string, { post: { requestBody: unknown } }>;
      }>();
      expect(JSON.stringify(doc.paths['/api/wizard/preview']?.post.requestBody)).toContain(
        'valueDiscipline',
      );
      expect(doc.paths).toHaveProperty(['/api/workspaces/{ws}/wizard']);
    });
  });
});
