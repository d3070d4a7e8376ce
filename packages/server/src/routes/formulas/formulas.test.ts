import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const WS = '/api/workspaces/default';
const KPIS = `${WS}/scorecards/acme/kpis`;

/** A department scorecard whose KPI reads the example's QA hours across scorecards. */
const quality = {
  id: 'qa-dept',
  name: 'Quality department',
  objectives: [
    {
      id: 'efficient-qa',
      name: 'Run quality assurance efficiently',
      perspective: 'internal',
      kpis: [
        { id: 'auditors', name: 'Auditors', baseline: 1, target: 5, values: { '2026-03': 4 } },
        {
          id: 'hours-per-auditor',
          name: 'QA hours per auditor',
          formula: '[acme/qa-hours] / [auditors]',
          baseline: 20,
          target: 60,
        },
      ],
    },
  ],
};

describe('calculated KPIs over the API', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());
    beforeEach(() => importExample(app));

    const send = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      app.inject({
        method,
        url,
        headers: CLIENT_HEADERS,
        ...(payload === undefined ? {} : { payload }),
      });

    const ratio = {
      objective: 'quality-assurance',
      id: 'yield-per-hour',
      name: 'Yield points per 100 QA hours',
      formula: '[first-pass-yield] / [qa-hours] * 100',
      baseline: 0,
      target: 100,
    };

    it('creates a calculated KPI, scores it from its inputs and explains it', async () => {
      const created = await send('POST', KPIS, ratio);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ id: 'yield-per-hour', formula: ratio.formula });
      const scores = await app.inject(`${WS}/scorecards/acme/scores?period=2026-03`);
      expect(JSON.stringify(scores.json())).toContain('"id":"yield-per-hour"');
      const explained = await app.inject(`${KPIS}/yield-per-hour/explain?period=2026-03`);
      expect(explained.statusCode).toBe(200);
      const body = explained.json<{ value: number; formula: string; inputs: object[] }>();
      expect(body.value).toBeCloseTo((95.1 / 224) * 100);
      expect(body.formula).toBe(ratio.formula);
      expect(body.inputs).toEqual([
        expect.objectContaining({ kpi: 'first-pass-yield', value: 95.1, period: '2026-03' }),
        expect.objectContaining({ kpi: 'qa-hours', value: 224, reference: '[qa-hours]' }),
      ]);
    });

    it('refuses a bad formula with 422, the code and the place inside the formula', async () => {
      const res = await send('POST', KPIS, {
        ...ratio,
        formula: '[first-pass-yeild] / [qa-hours]',
      });
      expect(res.statusCode).toBe(422);
      const error = res.json<{ error: { code: string; path: string; message: string } }>().error;
      expect(error).toMatchObject({ code: 'BROKEN_REFERENCE', path: 'body.formula' });
      expect(error.message).toMatch(
        /^formula at characters 1–18: no KPI "first-pass-yeild".*did you mean \[first-pass-yield\]\?$/,
      );
      const syntax = await send('POST', KPIS, { ...ratio, formula: '[qa-hours] /' });
      expect(syntax.json()).toMatchObject({ error: { code: 'FORMULA', path: 'body.formula' } });
      expect((await app.inject(`${KPIS}/yield-per-hour`)).statusCode).toBe(404);
    });

    it('refuses a value for a calculated KPI, alone or in a batch, and writes none', async () => {
      await send('POST', KPIS, ratio);
      const one = await send('PUT', `${KPIS}/yield-per-hour/values/2026-03`, { value: 5 });
      expect(one.statusCode).toBe(422);
      expect(one.json()).toMatchObject({ error: { code: 'CALCULATED_KPI', path: 'body.value' } });
      const batch = await send('PUT', `${WS}/scorecards/acme/values`, {
        values: [
          { kpi: 'qa-hours', period: '2026-12', value: 260 },
          { kpi: 'yield-per-hour', period: '2026-12', value: 1 },
        ],
      });
      expect(batch.statusCode).toBe(422);
      expect(batch.json()).toMatchObject({ error: { path: 'body.values.1.value' } });
      const hours = await app.inject(`${KPIS}/qa-hours/values?from=2026-12&to=2026-12`);
      expect(hours.json()).toEqual({ values: [] });
    });

    it('refuses a formula on a KPI that still has values, saying what to do', async () => {
      const res = await send('PATCH', `${KPIS}/qa-hours`, {
        version: 1,
        formula: '[first-pass-yield] * 2',
      });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ error: { code: 'FORMULA', path: 'body.values' } });
    });

    it('resolves references to other scorecards and refuses a cycle through them', async () => {
      const created = await send('POST', `${WS}/scorecards`, quality);
      expect(created.statusCode).toBe(201);
      const scores = await app.inject(`${WS}/scorecards/qa-dept/scores?period=2026-03`);
      expect(JSON.stringify(scores.json())).toContain('"value":56'); // 224 h / 4
      const loop = await send('POST', KPIS, {
        ...ratio,
        formula: '[qa-dept/hours-per-auditor] * 2',
      });
      expect(loop.statusCode).toBe(201);
      const back = await send('PATCH', `${WS}/scorecards/qa-dept/kpis/auditors`, {
        version: 1,
        formula: '[acme/yield-per-hour]',
      });
      // auditors has a value, so the first problem is its values; drop it and try again.
      expect(back.statusCode).toBe(422);
      await send('DELETE', `${WS}/scorecards/qa-dept/kpis/auditors/values/2026-03`);
      const cycle = await send('PATCH', `${WS}/scorecards/qa-dept/kpis/auditors`, {
        version: 1,
        formula: '[acme/yield-per-hour]',
      });
      expect(cycle.statusCode).toBe(422);
      expect(cycle.json()).toMatchObject({ error: { code: 'CYCLE' } });
    });

    it('refuses to delete a KPI, objective or scorecard that a formula still reads (409 IN_USE)', async () => {
      await send('POST', `${WS}/scorecards`, quality);
      const kpi = await send('DELETE', `${KPIS}/qa-hours?version=1`);
      expect(kpi.statusCode).toBe(409);
      expect(kpi.json()).toMatchObject({
        error: {
          code: 'IN_USE',
          message:
            'KPI "acme/qa-hours" is still used by the formula of KPI qa-dept/hours-per-auditor',
          usedBy: ['the formula of KPI qa-dept/hours-per-auditor'],
        },
      });
      expect(
        (await send('DELETE', `${WS}/scorecards/acme/objectives/quality-assurance?version=1`))
          .statusCode,
      ).toBe(409);
      expect((await send('DELETE', `${WS}/scorecards/acme?version=1`)).statusCode).toBe(409);
      // The formula's own scorecard goes with it: nothing is left to read the KPI.
      expect((await send('DELETE', `${WS}/scorecards/qa-dept?version=1`)).statusCode).toBe(204);
      expect((await send('DELETE', `${KPIS}/qa-hours?version=1`)).statusCode).toBe(204);
    });

    it('checks a formula as it is typed and previews its value, writing nothing', async () => {
      const check = (body: object) => send('POST', `${WS}/scorecards/acme/formula-check`, body);
      const good = await check({
        formula: '[first-pass-yield] / [qa-hours] * 100',
        period: '2026-03',
      });
      expect(good.statusCode).toBe(200);
      expect(good.json()).toMatchObject({
        ok: true,
        problems: [],
        period: '2026-03',
        stale: false,
      });
      expect(good.json<{ value: number }>().value).toBeCloseTo((95.1 / 224) * 100);
      const bad = await check({ formula: 'sum([qa-hours], [nps) + avgg(1)' });
      expect(bad.json()).toMatchObject({
        ok: false,
        value: null,
        problems: [{ code: 'FORMULA', message: 'a reference is not closed', start: 16 }],
      });
      const unknown = await check({ formula: 'avgg([qa-hour])' });
      expect(unknown.json<{ problems: object[] }>().problems).toEqual([
        expect.objectContaining({ code: 'FORMULA', start: 0, end: 4, hint: 'did you mean "avg"?' }),
        expect.objectContaining({ code: 'BROKEN_REFERENCE', start: 5, end: 14 }),
      ]);
      const self = await check({ formula: '[return-rate] + 1', kpi: 'return-rate' });
      expect(self.json()).toMatchObject({ ok: false, problems: [{ code: 'CYCLE' }] });
      expect((await app.inject(KPIS)).json<{ kpis: object[] }>().kpis).toHaveLength(16);
    });

    it('without values and without a period, says to give the period in the body', async () => {
      const empty = { id: 'empty', name: 'No values yet', objectives: [] };
      expect((await send('POST', `${WS}/scorecards`, empty)).statusCode).toBe(201);
      const res = await send('POST', `${WS}/scorecards/empty/formula-check`, { formula: '1 + 1' });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toEqual({
        error: {
          code: 'NO_DATA',
          message:
            'scorecard "empty" has no KPI values yet, so there is no latest period; give "period" in the request body',
          path: 'body.period',
        },
      });
    });

    it('lists every KPI of the workspace for reference completion', async () => {
      await send('POST', `${WS}/scorecards`, quality);
      const res = await app.inject(`${WS}/kpi-index`);
      expect(res.statusCode).toBe(200);
      const kpis = res.json<{ kpis: { scorecard: string; id: string; calculated: boolean }[] }>()
        .kpis;
      expect(kpis.filter((k) => k.scorecard === 'acme')).toHaveLength(16);
      expect(kpis.find((k) => k.id === 'hours-per-auditor')).toMatchObject({
        scorecard: 'qa-dept',
        scorecardName: 'Quality department',
        calculated: true,
      });
    });
  });
});
