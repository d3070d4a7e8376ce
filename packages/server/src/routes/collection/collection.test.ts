import { type CollectionReport, collectionReportSchema } from '@bearing/core';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const URL = '/api/workspaces/default/collection';

describe('GET …/collection (who owes which values)', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
      await importExample(app);
    });
    afterAll(() => app.close());

    it('answers for the last month that has ended, as of the server’s day', async () => {
      // The test clock says 2026-11-25; the example's on-time delivery stops in August.
      const res = await app.inject(URL);
      expect(res.statusCode).toBe(200);
      const body = collectionReportSchema.parse(res.json());
      expect(body).toMatchObject({ period: '2026-10', today: '2026-11-25', graceDays: 5 });
      expect(body.counts).toEqual({ entered: 31, due: 0, overdue: 1, upcoming: 0 });
      expect(body.items.find((i) => i.state === 'overdue')).toMatchObject({
        kpiName: 'Orders delivered on time',
      });
    });

    it('judges a chosen period with the chosen grace days, by owner and scorecard', async () => {
      const res = await app.inject(`${URL}?period=2026-09&graceDays=200`);
      const body = res.json<CollectionReport>();
      expect(body.counts).toEqual({ entered: 33, due: 1, overdue: 0, upcoming: 0 });
      expect(body.items.find((i) => i.state === 'due')).toMatchObject({
        kpiName: 'Orders delivered on time',
        owner: 'Head of Logistics',
        period: '2026-09',
        dueBy: '2027-04-18',
      });
      expect(body.scorecards).toEqual([
        {
          key: 'acme',
          name: 'Acme Outdoor company scorecard',
          counts: { entered: 15, due: 1, overdue: 0, upcoming: 0 },
        },
        {
          key: 'operations',
          name: 'Operations department scorecard',
          counts: { entered: 8, due: 0, overdue: 0, upcoming: 0 },
        },
        {
          key: 'service',
          name: 'Customer Service & Sales department scorecard',
          counts: { entered: 10, due: 0, overdue: 0, upcoming: 0 },
        },
      ]);
    });

    it.each([
      ['?period=0999', 400, 'INVALID_PERIOD', 'query.period'],
      ['?graceDays=-1', 400, 'VALIDATION', 'query.graceDays'],
      ['?graceDays=many', 400, 'VALIDATION', 'query.graceDays'],
      ['?scorecard=acmee', 404, 'NOT_FOUND', 'query.scorecard'],
    ])('refuses %s with %i %s naming %s', async (query, status, code, path) => {
      const res = await app.inject(`${URL}${query}`);
      expect(res.statusCode).toBe(status);
      expect(res.json()).toEqual({
        error: expect.objectContaining({
          code,
          path,
          message: expect.any(String) as unknown,
        }) as unknown,
      });
    });

    it('is 404 for a workspace that does not exist', async () => {
      const res = await app.inject('/api/workspaces/nope/collection');
      expect(res.statusCode).toBe(404);
    });
  });
});
