import { type TestDatabase, createTestDatabase } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, importExample } from '../test-helpers.ts';
import type { App } from '../types.ts';

/**
 * Years 0000–0999 were accepted by the period parser and made keys like "0" that later code
 * rejected: each of these answered 500 INTERNAL (or, for scores, a period "0"). One period
 * domain (years 1000–9999, core's parser) now refuses them on every surface, with the path.
 */
const SC = '/api/workspaces/default/scorecards/acme';
const KPI = `${SC}/kpis/return-rate`;

describe('the period domain over the API', () => {
  let database: TestDatabase;
  let app: App;
  const exported = async () =>
    (await app.inject('/api/workspaces/default/export?format=json')).body;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildTestApp(database);
    await importExample(app);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it.each([
    ['GET', `${KPI}/values?from=0000`, undefined, 'query.from'],
    ['PUT', `${KPI}/values/0999`, { value: 3 }, 'params.period'],
    ['DELETE', `${KPI}/values/0000-01`, undefined, 'params.period'],
    [
      'PUT',
      `${SC}/values`,
      { values: [{ kpi: 'return-rate', period: '0000', value: 3 }] },
      'body.values.0.period',
    ],
    ['GET', `${SC}/trends?to=0000-W01`, undefined, 'query.to'],
    ['GET', `${SC}/scores?period=0000`, undefined, 'query.period'],
    ['GET', `${KPI}/history?from=0001&to=0002`, undefined, 'query.from'],
    ['GET', `${KPI}/explain?period=0500-Q1`, undefined, 'query.period'],
  ] as const)('%s %s answers 400 INVALID_PERIOD', async (method, url, payload, path) => {
    const before = await exported();
    const res = await app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: {
        code: 'INVALID_PERIOD',
        path,
        message: expect.stringContaining('years run from 1000 to 9999') as string,
      },
    });
    expect(await exported()).toBe(before);
  });

  it('refuses a KPI target for the year 0000 with the key in the path', async () => {
    const kpi = (await app.inject(KPI)).json<{ version: number }>();
    const res = await app.inject({
      method: 'PATCH',
      url: KPI,
      payload: { version: kpi.version, targets: { '0000': 30 } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'INVALID_PERIOD', path: expect.stringContaining('0000') as string },
    });
  });

  it('refuses an import with a value for 0000 as bearing validate does, importing nothing', async () => {
    const before = await exported();
    const text = `bearing: 1
scorecards:
  - id: old
    name: Old
    objectives:
      - name: Grow
        perspective: financial
        kpis:
          - name: Revenue
            values: {"0000": 1}
`;
    const res = await app.inject({
      method: 'POST',
      url: '/api/workspaces/default/import',
      headers: { 'content-type': 'application/yaml' },
      payload: text,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: {
        code: 'INVALID_STRATEGY',
        issues: [expect.objectContaining({ code: 'INVALID_PERIOD', line: 10 })],
      },
    });
    expect(await exported()).toBe(before);
  });

  it('says how long a history range is when it is too long, from the periods', async () => {
    const res = await app.inject(`${KPI}/history?from=1000-01-01&to=2026-01-01`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: {
        code: 'VALIDATION',
        message: expect.stringContaining('has 374740 periods') as string,
      },
    });
  });
});
