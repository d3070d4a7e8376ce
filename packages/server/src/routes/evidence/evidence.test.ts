import { readFileSync } from 'node:fs';
import { evidenceReportSchema, linkSeriesSchema } from '@bearing/core';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const FIXTURE = readFileSync(
  new URL('../../../../cli/src/__fixtures__/evidence.yaml', import.meta.url),
  'utf8',
);
const URL_OF = '/api/workspaces/default/scorecards/corp/evidence';

describe('GET …/scorecards/{id}/evidence', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
      const imported = await app.inject({
        method: 'POST',
        url: '/api/workspaces/default/import?replace=true',
        headers: { 'content-type': 'application/yaml' },
        payload: FIXTURE,
      });
      expect(imported.statusCode).toBe(200);
    });
    afterAll(() => app.close());

    it('tests every link of the scorecard up to its latest period, as the CLI does', async () => {
      const res = await app.inject(URL_OF);
      expect(res.statusCode).toBe(200);
      const report = evidenceReportSchema.parse(res.json());
      expect(report.to).toBe('2027-06');
      expect(report.links.map((l) => [l.from, l.to, l.verdict, l.lag])).toEqual([
        ['training', 'qa', 'insufficient-data', null],
        ['qa', 'quality', 'supported', 2],
        ['qa', 'cost', 'contradicted', 1],
        ['quality', 'revenue', 'inconclusive', 3],
      ]);
    });

    it('answers the same report again from the revision’s memo, and a new one after a write', async () => {
      const first = (await app.inject(URL_OF)).body;
      expect((await app.inject(URL_OF)).body).toBe(first);
      const earlier = await app.inject(`${URL_OF}?to=2026-06`);
      expect(earlier.json()).toMatchObject({ to: '2026-06' });
      expect(earlier.body).not.toBe(first);
      // A new value moves the revision: the report is computed again from the new history.
      const write = await app.inject({
        method: 'PUT',
        url: '/api/workspaces/default/scorecards/corp/kpis/returns/values/2027-07',
        headers: CLIENT_HEADERS,
        payload: { value: 4.5 },
      });
      expect(write.statusCode).toBe(201);
      expect((await app.inject(URL_OF)).json()).toMatchObject({ to: '2027-07' });
    });

    it('gives the two series behind a link, aligned by period, null where unobserved', async () => {
      const res = await app.inject(`${URL_OF}/qa/quality?to=2027-06`);
      expect(res.statusCode).toBe(200);
      const body = linkSeriesSchema.parse(res.json());
      expect(body).toMatchObject({ from: 'qa', to: 'quality', step: 'month' });
      expect(body.cause.name).toBe('QA hours'); // the link names its KPIs (evidence: {cause, effect})
      expect(body.cause.points).toHaveLength(30);
      expect(body.cause.points[0]?.period).toBe('2025-01');
      expect(typeof body.cause.points[0]?.score).toBe('number');
      expect(body.effect.points.at(-1)?.period).toBe('2027-06');
      const none = await app.inject(`${URL_OF}/qa/revenue`);
      expect(none.json()).toMatchObject({ error: { code: 'NOT_FOUND', path: 'params.to' } });
    });

    it('names a bad period and an unknown scorecard', async () => {
      const bad = await app.inject(`${URL_OF}?to=2027-13`);
      expect(bad.json()).toMatchObject({ error: { code: 'INVALID_PERIOD', path: 'query.to' } });
      const missing = await app.inject('/api/workspaces/default/scorecards/nope/evidence');
      expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND', path: 'params.id' } });
    });
  });
});
