import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, importExample } from '../test-helpers.ts';
import type { App } from '../types.ts';

/**
 * The fuzz suite's first finding: a NUL in a path parameter or a text answered 500 on
 * PostgreSQL (which cannot store one) and worked on SQLite. Both engines now refuse control
 * characters the same way, before storage, with the path.
 */
describe('control characters', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
      await importExample(app);
    });
    afterAll(() => app.close());

    it.each([
      ['/api/workspaces/a%00b/scorecards/acme/lint', 'params.ws'],
      ['/api/workspaces/default/scorecards/a%00b/layout', 'params.id'],
      ['/api/workspaces/%00/scorecards/acme/kpis/return-rate/explain', 'params.ws'],
    ])('answers GET %s with 400 naming the parameter', async (url, path) => {
      const res = await app.inject(url);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'VALIDATION', path } });
    });

    it('refuses a NUL in a name or a description with the field', async () => {
      const created = await app.inject({
        method: 'POST',
        url: '/api/workspaces',
        payload: { key: 'nul', name: 'Bad\u0000name' },
      });
      expect(created.statusCode).toBe(400);
      expect(created.json()).toMatchObject({
        error: {
          code: 'VALIDATION',
          path: 'body.name',
          message: expect.stringContaining('control characters') as string,
        },
      });
      const objective = await app.inject({
        method: 'POST',
        url: '/api/workspaces/default/scorecards/acme/objectives',
        payload: {
          name: 'Fine',
          perspective: 'financial',
          description: 'tab\tand\nline are fine, \u0007 is not',
        },
      });
      expect(objective.statusCode).toBe(400);
      expect(objective.json()).toMatchObject({ error: { path: 'body.description' } });
    });
  });
});
