import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const NO_VALUES = readFileSync(
  fileURLToPath(new URL('../../../../cli/src/__fixtures__/no-values.yaml', import.meta.url)),
  'utf8',
);
const SC = '/api/workspaces/default/scorecards/acme';
const MONTHS = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];

type Series = (number | null)[];
interface Trends {
  scorecard: string;
  kind: string;
  from: string;
  to: string;
  periods: string[];
  score: Series;
  perspectives: Record<string, Series>;
  objectives: Record<string, Series>;
  kpis: Record<string, Series>;
  kpiValues: Record<string, Series>;
}
interface History {
  points: { score: number | null }[];
}

const apiError = (code: string, path: string) => ({
  error: expect.objectContaining({ code, path, message: expect.any(String) as unknown }) as unknown,
});

describe('scorecard trends (sparklines)', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
      await importExample(app);
    });
    afterAll(() => app.close());

    it('gives six months up to the latest value for every perspective, objective and KPI', async () => {
      const res = await app.inject(`${SC}/trends`);
      expect(res.statusCode).toBe(200);
      const body = res.json<Trends>();
      expect(body).toMatchObject({
        scorecard: 'acme',
        kind: 'month',
        from: '2026-06',
        to: '2026-11',
      });
      expect(body.periods).toEqual(MONTHS);
      expect(Object.keys(body.perspectives)).toEqual([
        'financial',
        'customer',
        'internal',
        'learning',
      ]);
      expect(Object.keys(body.objectives)).toEqual([
        'grow-repeat-revenue',
        'lower-return-costs',
        'quality',
        'loyalty',
        'quality-assurance',
        'deliver-on-time',
        'quality-skills',
      ]);
      expect(Object.keys(body.kpis)).toHaveLength(16);
      for (const series of [
        body.score,
        ...Object.values(body.objectives),
        ...Object.values(body.kpis),
      ])
        expect(series).toHaveLength(6);
      expect(body.kpiValues['return-rate']).toEqual([4.8, 4.8, 4.4, 4.4, 4.7, 4.6]);
      expect(body.kpiValues['on-time-delivery']).toEqual([91, 91, 92, null, null, null]);
    });

    it('has exactly the numbers of the history and scores routes', async () => {
      const body = (await app.inject(`${SC}/trends`)).json<Trends>();
      const range = 'from=2026-06&to=2026-11';
      for (const kpi of ['return-rate', 'nps', 'on-time-delivery']) {
        const history = (await app.inject(`${SC}/kpis/${kpi}/history?${range}`)).json<History>();
        expect(body.kpis[kpi]).toEqual(history.points.map((p) => p.score));
      }
      for (const objective of ['quality', 'loyalty', 'grow-repeat-revenue']) {
        const url = `${SC}/objectives/${objective}/history?${range}`;
        const history = (await app.inject(url)).json<History>();
        expect(body.objectives[objective]).toEqual(history.points.map((p) => p.score));
      }
      const scores = await Promise.all(
        MONTHS.map(async (m) =>
          (await app.inject(`${SC}/scores?period=${m}`)).json<{ score: number }>(),
        ),
      );
      expect(body.score).toEqual(scores.map((s) => s.score));
    });

    it('steps by the kind of `to` and counts back from it', async () => {
      // The example's values start in June 2024: its first quarter has none.
      const res = await app.inject(`${SC}/trends?to=2024-Q3&count=3`);
      const body = res.json<Trends>();
      expect(body).toMatchObject({ kind: 'quarter', from: '2024-Q1', to: '2024-Q3' });
      expect(body.periods).toEqual(['2024-Q1', '2024-Q2', '2024-Q3']);
      expect(body.kpis['return-rate']?.[0]).toBeNull();
      const long = (await app.inject(`${SC}/trends?to=2026-06&count=36`)).json<Trends>();
      expect(long.periods).toHaveLength(36);
      expect(long.from).toBe('2023-07');
    });

    it('follows a new value at once (the cache checks the revision)', async () => {
      const put = await app.inject({
        method: 'PUT',
        url: `${SC}/kpis/return-rate/values/2026-12`,
        payload: { value: 3, version: 0 },
      });
      expect(put.statusCode).toBe(201);
      const body = (await app.inject(`${SC}/trends?count=2`)).json<Trends>();
      expect(body.periods).toEqual(['2026-11', '2026-12']);
      expect(body.kpiValues['return-rate']).toEqual([4.6, 3]);
      await importExample(app);
    });

    it.each([
      ['count=0', 'query.count'],
      ['count=37', 'query.count'],
      ['count=two', 'query.count'],
      ['count=1.5', 'query.count'],
    ])('answers 400 with the path for %s', async (query, path) => {
      const res = await app.inject(`${SC}/trends?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual(apiError('VALIDATION', path));
    });

    it.each(['to=2026-13', 'to=soon', 'to=0000-W01'])(
      'answers 400 INVALID_PERIOD with the path for %s',
      async (query) => {
        const res = await app.inject(`${SC}/trends?${query}`);
        expect(res.statusCode).toBe(400);
        expect(res.json()).toEqual(apiError('INVALID_PERIOD', 'query.to'));
      },
    );

    it('answers 404 for an unknown scorecard and 422 NO_DATA without values', async () => {
      const missing = await app.inject('/api/workspaces/default/scorecards/nope/trends');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual(apiError('NOT_FOUND', 'params.id'));
      await app.inject({
        method: 'POST',
        url: '/api/workspaces/default/import?replace=true',
        headers: { 'content-type': 'application/yaml' },
        payload: NO_VALUES,
      });
      const empty = await app.inject('/api/workspaces/default/scorecards/corp/trends');
      expect(empty.statusCode).toBe(422);
      expect(empty.json()).toEqual(apiError('NO_DATA', 'query.to'));
      const asked = await app.inject(
        '/api/workspaces/default/scorecards/corp/trends?to=2026-03&count=2',
      );
      expect(asked.json()).toMatchObject({
        score: [null, null],
        kpis: { 'return-rate': [null, null] },
      });
      await importExample(app);
    });
  });
});
