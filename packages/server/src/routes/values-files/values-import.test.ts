import { listChanges } from '@bearing/db';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { valuesToXlsx } from '@bearing/io';
import { valuesImportResultSchema } from '@bearing/core';
import { CLIENT_HEADERS, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const IMPORT = '/api/workspaces/default/values/import';
const EXPORT_CSV = '/api/workspaces/default/values/export?format=csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const GOOD = [
  'kpi,period,value,comment',
  'Revenue from repeat customers,2026-12,498,Winter sale',
  'repeat-revenue,2026-11,475,',
  'Cost of returns,2026-12,39,',
  'Product return rate,Dec 2026,3.2%,',
  'nps,2026-12,38,December survey',
].join('\n');

const BAD = [
  'kpi,period,value',
  'Product return rate,2026-07,3',
  'Retrun rate,2026-07,4',
  'nps,2026-13,30',
  'Cost of returns,2026-07,n/a',
  'Product return rate,2026-08,-1',
  'Cost of returns,2026-08,12%',
].join('\n');

describe('POST …/values/import', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());
    beforeEach(() => importExample(app));

    const upload = (body: string | Buffer, query = '', type = 'text/csv') =>
      app.inject({
        method: 'POST',
        url: `${IMPORT}${query}`,
        headers: { 'content-type': type },
        payload: body,
      });
    const exported = async () => (await app.inject(EXPORT_CSV)).body;

    it('imports a CSV all at once, names the importer in the change log, and again is a no-op', async () => {
      const first = await upload(GOOD);
      expect(first.statusCode).toBe(200);
      const result = valuesImportResultSchema.parse(first.json());
      expect(result).toMatchObject({
        shape: 'long',
        dryRun: false,
        counts: { new: 4, changed: 0, unchanged: 1 },
      });
      expect(result.changes).toHaveLength(5);
      expect(await exported()).toContain('acme,return-rate,2026-12,3.2,');

      const changes = await listChanges(db().db, 'default', { entityType: 'kpi_value' });
      const imported = changes.filter(
        (c) => c.at === '2026-11-25T12:00:00.000Z' && c.period === '2026-12',
      );
      expect(imported.map((c) => c.actor)).toContain('local');
      const logged = changes.length;

      const again = await upload(GOOD);
      expect(again.json()).toMatchObject({ counts: { new: 0, changed: 0, unchanged: 5 } });
      expect(await listChanges(db().db, 'default', { entityType: 'kpi_value' })).toHaveLength(
        logged,
      );
    });

    it('lists every problem located by row and column with the rows they are on, and writes nothing', async () => {
      const before = await exported();
      const res = await upload(BAD);
      expect(res.statusCode).toBe(422);
      const error = res.json<{ error: Record<string, unknown> }>().error;
      expect(error).toMatchObject({
        code: 'INVALID_VALUES',
        path: 'body',
        message: 'the values file has 5 problems; nothing was imported',
        moreProblems: 0,
        header: { row: 1, cells: ['kpi', 'period', 'value'] },
      });
      expect(error['problems']).toEqual([
        expect.objectContaining({
          code: 'UNKNOWN_KPI',
          path: 'row 3, column A (kpi)',
          row: 3,
          column: 0,
        }),
        expect.objectContaining({ code: 'INVALID_PERIOD', path: 'row 4, column B (period)' }),
        expect.objectContaining({ code: 'INVALID_NUMBER', path: 'row 5, column C (value)' }),
        expect.objectContaining({ code: 'NEGATIVE_PERCENT', path: 'row 6, column C (value)' }),
        expect.objectContaining({ code: 'PERCENT_NOT_ALLOWED', path: 'row 7, column C (value)' }),
      ]);
      expect((error['rows'] as { row: number }[]).map((r) => r.row)).toEqual([3, 4, 5, 6, 7]);
      expect(error['rows']).toContainEqual({
        row: 5,
        cells: ['Cost of returns', '2026-07', 'n/a'],
      });
      expect(await exported()).toBe(before);
    });

    it('dry-runs: says what is new and changed, and writes nothing', async () => {
      const before = await exported();
      const res = await upload(
        'kpi;2026-11;2026-12\r\nCost of returns;40;37,5\r\n',
        '?dryRun=true',
      );
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        shape: 'wide',
        dryRun: true,
        counts: { new: 1, changed: 1, unchanged: 0 },
        changes: [
          {
            kind: 'changed',
            kpi: 'cost-of-returns',
            period: '2026-11',
            value: 40,
            old: { value: 34 },
          },
          { kind: 'new', kpi: 'cost-of-returns', period: '2026-12', value: 37.5, old: null },
        ],
      });
      expect(await exported()).toBe(before);
    });

    it('refuses a value for a calculated KPI and writes nothing of the file', async () => {
      const kpi = await app.inject({
        method: 'POST',
        url: '/api/workspaces/default/scorecards/acme/kpis',
        headers: CLIENT_HEADERS,
        payload: {
          objective: 'quality-assurance',
          id: 'yield-per-hour',
          name: 'Yield points per 100 QA hours',
          formula: '[first-pass-yield] / [qa-hours] * 100',
          baseline: 0,
          target: 100,
        },
      });
      expect(kpi.statusCode).toBe(201);
      const before = await exported();
      const res = await upload('kpi,period,value\nnps,2026-09,40\nyield-per-hour,2026-07,12\n');
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({
        error: {
          code: 'INVALID_VALUES',
          problems: [{ code: 'CALCULATED_KPI', path: 'row 3, column A (kpi)' }],
        },
      });
      expect(await exported()).toBe(before);
    });

    it('reads an XLSX workbook, problems named by sheet', async () => {
      const good = await valuesToXlsx([
        { scorecard: 'acme', kpi: 'nps', period: '2026-09', value: 41, comment: null },
      ]);
      const ok = await upload(Buffer.from(good), '', XLSX);
      expect(ok.json()).toMatchObject({ counts: { new: 1 } });
      const bad = await valuesToXlsx([
        { scorecard: 'acme', kpi: 'nsp', period: '2026-09', value: 41, comment: null },
      ]);
      const refused = await upload(Buffer.from(bad), '', XLSX);
      expect(refused.json()).toMatchObject({
        error: {
          problems: [
            { code: 'UNKNOWN_KPI', sheet: 'Values', path: 'sheet Values, row 2, column B (kpi)' },
          ],
        },
      });
    });

    it('takes ?scorecard for rows without one, and says plainly that a file is no workbook', async () => {
      const unknown = await upload(GOOD, '?scorecard=amce&dryRun=true');
      expect(unknown.json()).toMatchObject({
        error: { problems: [{ code: 'UNKNOWN_SCORECARD' }] },
      });
      expect((await upload(GOOD, '?scorecard=acme&dryRun=true')).statusCode).toBe(200);
      const fake = await upload('kpi,period,value\n', '', XLSX);
      expect(fake.statusCode).toBe(422);
      expect(fake.json()).toMatchObject({ error: { code: 'UNREADABLE_FILE', path: 'body' } });
    });

    it('imports on the worker thread past the inline limit, problems and all', async () => {
      const worker = await buildTestApp(db(), { BEARING_IMPORT_INLINE_LIMIT: '0' });
      try {
        const send = (body: string) =>
          worker.inject({
            method: 'POST',
            url: IMPORT,
            headers: { 'content-type': 'text/csv' },
            payload: body,
          });
        expect((await send(GOOD)).json()).toMatchObject({ counts: { new: 4, unchanged: 1 } });
        expect((await send(BAD)).json()).toMatchObject({
          error: { code: 'INVALID_VALUES', rows: expect.any(Array) as unknown },
        });
      } finally {
        await worker.close();
      }
    });

    it('refuses an empty body, another media type and an unknown workspace', async () => {
      expect((await upload('')).statusCode).toBe(400);
      const json = await app.inject({ method: 'POST', url: IMPORT, payload: { kpi: 'nps' } });
      expect(json.statusCode).toBe(415);
      const missing = await app.inject({
        method: 'POST',
        url: '/api/workspaces/nowhere/values/import',
        headers: { 'content-type': 'text/csv' },
        payload: GOOD,
      });
      expect(missing.statusCode).toBe(404);
    });
  });
});
