import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

describe('GET /api/workspaces', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());

    it('lists the default workspace a fresh database starts with', async () => {
      const res = await app.inject('/api/workspaces');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        workspaces: [
          {
            key: 'default',
            name: 'Default workspace',
            organization: null,
            version: 1,
            lint: null,
          },
        ],
      });
    });

    it('answers 404 NOT_FOUND for a workspace that does not exist', async () => {
      const res = await app.inject('/api/workspaces/nope/scorecards');
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    });
  });
});
