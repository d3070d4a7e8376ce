import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

describe('GET /api/health', () => {
  forEachDialect(({ dialect, db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());

    it('reports the database reachable with no pending migrations', async () => {
      const res = await app.inject('/api/health');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        status: 'ok',
        database: { dialect, reachable: true, pendingMigrations: [] },
      });
    });

    it('answers 404 with the error shape for an unknown route', async () => {
      const res = await app.inject('/api/nothing-here');
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({
        error: {
          code: 'NOT_FOUND',
          message: 'no route GET /api/nothing-here; see /api/docs',
          path: '',
        },
      });
    });

    it('serves the OpenAPI document and the interactive docs', async () => {
      const spec = await app.inject('/api/openapi.json');
      expect(spec.statusCode).toBe(200);
      const paths = Object.keys(spec.json<{ paths: Record<string, unknown> }>().paths);
      expect(paths).toContain('/api/workspaces/{ws}/scorecards/{id}/scores');
      expect(paths).toContain('/api/workspaces/{ws}/import');
      const docs = await app.inject('/api/docs');
      expect(docs.statusCode).toBe(200);
      expect(docs.body).toContain('Swagger UI');
    });
  });
});
