import { type ScorecardId, parseStrategyText, periodOf, strategyDocument } from '@bearing/core';
import { findTemplate, readCatalogTemplate } from '@bearing/templates';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, EXAMPLE_YAML, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

function parse(text: string) {
  const parsed = parseStrategyText(text, 'yaml');
  if (!parsed.ok) throw new Error('invalid strategy');
  return parsed.value;
}

const EXAMPLE = parse(EXAMPLE_YAML);
const CASCADING = parse(readCatalogTemplate(findTemplate('cascading')!));
const DOC = '/api/workspaces/default/scorecards/acme/document';

describe('GET …/scorecards/{id}/document', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
      await importExample(app);
      await app.inject({
        method: 'POST',
        url: '/api/workspaces',
        payload: { key: 'northwind', name: 'Northwind' },
      });
      await app.inject({
        method: 'POST',
        url: '/api/workspaces/northwind/templates/cascading/apply',
        headers: CLIENT_HEADERS,
      });
    });
    afterAll(() => app.close());

    it('downloads the HTML document by default, as bearing doc --format html writes it', async () => {
      const res = await app.inject(DOC);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="acme-strategy.html"');
      expect(res.body).toBe(strategyDocument(EXAMPLE, { format: 'html' }));
    });

    it('downloads Markdown with format=md, scored as of the period asked for', async () => {
      const res = await app.inject(`${DOC}?format=md&period=2026-03`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="acme-strategy.md"');
      expect(res.body).toBe(
        strategyDocument(EXAMPLE, { format: 'md', period: periodOf('2026-03') }),
      );
      expect(res.body).toContain('Scores as of 2026-03.');
    });

    it('documents a scorecard with the scorecards cascading into it, not those above', async () => {
      const res = await app.inject('/api/workspaces/northwind/scorecards/rd/document?format=md');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="rd-strategy.md"');
      const scorecards = ['rd', 'engineer'] as ScorecardId[];
      expect(res.body).toBe(strategyDocument(CASCADING, { format: 'md', scorecards }));
      const names = CASCADING.scorecards.map((s) => s.name);
      expect(res.body).not.toContain(`## ${names[0]!}\n`);
      expect(res.body).toContain(`## ${names[1]!}\n`);
      expect(res.body).toContain(`## ${names[2]!}\n`);
      expect(res.body).toContain(`contributes to ${names[0]!} / Provide high product quality`);
    });

    it('refuses an unknown format with 400 VALIDATION naming query.format', async () => {
      const res = await app.inject(`${DOC}?format=pdf`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'VALIDATION', path: 'query.format' } });
      const period = await app.inject(`${DOC}?period=2026-13`);
      expect(period.json()).toMatchObject({
        error: { code: 'INVALID_PERIOD', path: 'query.period' },
      });
    });

    it('answers 404 for an unknown scorecard or workspace', async () => {
      const scorecard = await app.inject('/api/workspaces/default/scorecards/nope/document');
      expect(scorecard.statusCode).toBe(404);
      expect(scorecard.json()).toMatchObject({ error: { code: 'NOT_FOUND', path: 'params.id' } });
      const workspace = await app.inject('/api/workspaces/missing/scorecards/acme/document');
      expect(workspace.statusCode).toBe(404);
      expect(workspace.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    });

    it('tells a fresh wizard map without scores', async () => {
      await app.inject({
        method: 'POST',
        url: '/api/workspaces/default/wizard',
        payload: {
          organization: 'Lock Co',
          valueDiscipline: 'system-lock-in',
          segments: [{ name: 'Shops' }],
        },
      });
      const res = await app.inject('/api/workspaces/default/scorecards/lock-co/document?format=md');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('No KPI values yet');
      expect(res.body).toContain('A standard that works with everything I use');
    });
  });
});
