import { readCsvTable, readXlsxTable } from '@bearing/io';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const EXPORT = '/api/workspaces/default/values/export';

describe('GET …/values/export', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
      await importExample(app);
    });
    afterAll(() => app.close());

    it('writes the long shape as CSV, a download that parses back and re-imports as a no-op', async () => {
      const res = await app.inject(`${EXPORT}?format=csv`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="default-values.csv"');
      const table = readCsvTable(res.rawPayload, 'out.csv');
      expect(table.rows[0]?.cells).toEqual(['scorecard', 'kpi', 'period', 'value', 'comment']);
      expect(table.rows[1]?.cells).toEqual(['acme', 'repeat-revenue', '2024-06', '450', '']);
      const back = await app.inject({
        method: 'POST',
        url: '/api/workspaces/default/values/import?dryRun=true',
        headers: { 'content-type': 'text/csv' },
        payload: res.rawPayload,
      });
      expect(back.json()).toMatchObject({ counts: { new: 0, changed: 0 } });
    });

    it('writes one scorecard as XLSX: a Values sheet with numbers that parses back', async () => {
      const res = await app.inject(`${EXPORT}?format=xlsx&scorecard=acme`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toBe('attachment; filename="acme-values.xlsx"');
      const table = await readXlsxTable(res.rawPayload, 'out.xlsx');
      expect(table.sheet).toBe('Values');
      expect(table.rows[1]?.cells.slice(0, 4)).toEqual(['acme', 'repeat-revenue', '2024-06', 450]);
      expect(table.rows.every((r) => r.row === 1 || r.cells[0] === 'acme')).toBe(true);
    });

    it('answers 404 for an unknown scorecard and 400 for an unknown format', async () => {
      const missing = await app.inject(`${EXPORT}?scorecard=nope`);
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ error: { path: 'query.scorecard' } });
      expect((await app.inject(`${EXPORT}?format=xls`)).statusCode).toBe(400);
    });
  });
});
