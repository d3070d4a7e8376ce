import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const REPORT = '/api/workspaces/default/scorecards/acme/report';
const MAP = '/api/workspaces/default/scorecards/acme/map';
const CHROMIUM_TIMEOUT = 90_000;

/** pdftotext (poppler-utils, installed by .ci/run) on the response's bytes. */
function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'bearing-report-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), bytes);
    return execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('GET …/scorecards/{id}/report and …/map', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
      await importExample(app);
    });
    afterAll(() => app.close());

    it('serves the board report as HTML, with the map at the positions saved on the web map', async () => {
      const saved = await app.inject({
        method: 'PUT',
        url: '/api/workspaces/default/scorecards/acme/layout',
        headers: CLIENT_HEADERS,
        payload: { positions: { [await firstObjective(app)]: { x: 700, y: 30 } } },
      });
      expect(saved.statusCode).toBe(200);
      const res = await app.inject(`${REPORT}?format=html&period=2026-03`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="acme-board-report.html"',
      );
      expect(res.body).toContain('<section class="cover">');
      expect(res.body).toContain('2026-03');
      expect(res.body).toContain('2026-11-25'); // the app's clock, on the cover and footers
      expect(res.body).toMatch(/<rect x="716" y="\d+(\.\d+)?" width="224"/); // 700 + margin
    });

    it(
      'prints the report as PDF with the objectives and scores',
      async () => {
        const res = await app.inject(`${REPORT}?period=2026-03`);
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
        const text = pdfText(res.rawPayload);
        const scores = await app.inject(
          '/api/workspaces/default/scorecards/acme/scores?period=2026-03',
        );
        const tree = scores.json<{
          score: number;
          perspectives: { objectives: { name: string }[] }[];
        }>();
        for (const o of tree.perspectives.flatMap((p) => p.objectives))
          expect(text).toContain(o.name);
        expect(text).toContain(`${(tree.score * 100).toFixed(1)}%`);
        expect(text).toContain('Red and overdue KPIs');
      },
      CHROMIUM_TIMEOUT,
    );

    it(
      'serves the map as SVG, PNG and PDF',
      async () => {
        const svg = await app.inject(MAP);
        expect(svg.statusCode).toBe(200);
        expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
        expect(svg.body).toContain('<g class="objective"');
        const png = await app.inject(`${MAP}?format=png`);
        expect(png.statusCode).toBe(200);
        expect(png.headers['content-type']).toBe('image/png');
        expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
        const pdf = await app.inject(`${MAP}?format=pdf`);
        expect(pdf.statusCode).toBe(200);
        expect(pdf.headers['content-disposition']).toBe(
          'attachment; filename="acme-strategy-map.pdf"',
        );
        expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      },
      CHROMIUM_TIMEOUT,
    );

    it('answers 404 for an unknown scorecard and 400 for a bad format or period', async () => {
      const missing = await app.inject(
        '/api/workspaces/default/scorecards/nope/report?format=html',
      );
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND', path: 'params.id' } });
      expect((await app.inject(`${REPORT}?format=docx`)).statusCode).toBe(400);
      expect((await app.inject(`${MAP}?format=html`)).statusCode).toBe(400);
      expect((await app.inject(`${REPORT}?period=2026-13`)).statusCode).toBe(400);
    });

    it('answers 503 without Chromium, offering the format that needs none', async () => {
      const bare = await buildTestApp(db(), { BEARING_CHROMIUM: '/nonexistent/chromium' });
      try {
        const res = await bare.inject(REPORT);
        expect(res.statusCode).toBe(503);
        expect(res.json()).toMatchObject({ error: { code: 'UNAVAILABLE', path: 'query.format' } });
        expect(res.json<{ error: { message: string } }>().error.message).toContain('format=html');
        const map = await bare.inject(`${MAP}?format=png`);
        expect(map.statusCode).toBe(503);
        expect(map.json<{ error: { message: string } }>().error.message).toContain('format=svg');
        expect((await bare.inject(`${REPORT}?format=html`)).statusCode).toBe(200);
      } finally {
        await bare.close();
      }
    });
  });
});

async function firstObjective(app: App): Promise<string> {
  const res = await app.inject('/api/workspaces/default/scorecards/acme/scores');
  const tree = res.json<{ perspectives: { objectives: { id: string }[] }[] }>();
  return tree.perspectives.flatMap((p) => p.objectives)[0]!.id;
}
