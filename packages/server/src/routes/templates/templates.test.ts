import { parseStrategyText } from '@bearing/core';
import { TEMPLATE_CATALOG, findTemplate, readCatalogTemplate } from '@bearing/templates';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_HEADERS, buildTestApp } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

interface Summary {
  readonly name: string;
  readonly title: string;
  readonly scorecards: number;
  readonly objectives: number;
  readonly kpis: number;
  readonly disciplines: readonly string[];
  readonly sectors: readonly string[];
  readonly perspectives: readonly string[];
}

function shipped(name: string) {
  const parsed = parseStrategyText(readCatalogTemplate(findTemplate(name)!), 'yaml');
  if (!parsed.ok) throw new Error(`${name} is invalid`);
  return parsed.value;
}

describe('templates', () => {
  forEachDialect(({ db }) => {
    let app: App;
    let workspaces = 0;
    beforeAll(async () => {
      app = await buildTestApp(db());
    });
    afterAll(() => app.close());

    /** A fresh, empty workspace, so each test imports into a known state. */
    async function newWorkspace(): Promise<string> {
      const key = `gallery-${++workspaces}`;
      const res = await app.inject({
        method: 'POST',
        url: '/api/workspaces',
        payload: { key, name: key },
      });
      expect(res.statusCode).toBe(201);
      return key;
    }
    const apply = (ws: string, name: string, query = '') =>
      app.inject({
        method: 'POST',
        url: `/api/workspaces/${ws}/templates/${name}/apply${query}`,
        headers: CLIENT_HEADERS,
      });
    const exported = async (ws: string) =>
      (await app.inject(`/api/workspaces/${ws}/export?format=json`)).body;

    it('lists every template in catalog order with counts from the parsed file', async () => {
      const res = await app.inject('/api/templates');
      expect(res.statusCode).toBe(200);
      const { templates } = res.json<{ templates: Summary[] }>();
      expect(templates.map((t) => t.name)).toEqual(TEMPLATE_CATALOG.map((t) => t.name));
      const cascading = templates.find((t) => t.name === 'cascading')!;
      const strategy = shipped('cascading');
      const objectives = strategy.scorecards.flatMap((s) => s.objectives);
      expect(cascading).toMatchObject({
        title: 'Cascading product quality',
        scorecards: 3,
        objectives: objectives.length,
        kpis: objectives.reduce((n, o) => n + o.kpis.length, 0),
        disciplines: ['product-leadership'],
      });
      expect(templates.find((t) => t.name === 'non-profit')?.perspectives[0]).toBe('Stakeholders');
      expect(templates.find((t) => t.name === 'customer-perspective')?.disciplines).toEqual([]);
      // The sector the wizard suggests it for (core suggestTemplates takes these summaries).
      expect(templates.find((t) => t.name === 'hospice')?.sectors).toEqual(['health-care']);
    });

    it('previews one template as the strategy file in JSON', async () => {
      const res = await app.inject('/api/templates/hospice');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(parseStrategyText(res.body, 'json')).toEqual({ ok: true, value: shipped('hospice') });
      expect(res.json()).toMatchObject({ bearing: 1, organization: 'St. Brigid Hospice' });
    });

    it('answers 404 for an unknown template with a did-you-mean and the names', async () => {
      const res = await app.inject('/api/templates/hospce');
      expect(res.statusCode).toBe(404);
      const { error } = res.json<{
        error: { code: string; message: string; path: string; hint: string; available: string[] };
      }>();
      expect(error).toMatchObject({ code: 'NOT_FOUND', path: 'params.name' });
      expect(error.message).toBe('no template "hospce"; did you mean "hospice"?');
      expect(error.hint).toBe(
        `available templates: ${TEMPLATE_CATALOG.map((t) => t.name).join(', ')}`,
      );
      expect(error.available).toEqual(TEMPLATE_CATALOG.map((t) => t.name));
    });

    it('applies a template to a workspace: the workspace then exports the template', async () => {
      const ws = await newWorkspace();
      const res = await apply(ws, 'cascading');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ scorecards: ['corporate', 'rd', 'engineer'], replaced: 0 });
      expect(parseStrategyText(await exported(ws), 'json')).toEqual({
        ok: true,
        value: shipped('cascading'),
      });
      const scores = await app.inject(`/api/workspaces/${ws}/scorecards/corporate/scores`);
      expect(scores.json()).toMatchObject({ id: 'corporate', period: '2026-06' });
    });

    it('refuses a scorecard id the workspace has with 409 DUPLICATE_KEY and writes nothing', async () => {
      const ws = await newWorkspace();
      await apply(ws, 'hospice');
      const before = await exported(ws);
      const again = await apply(ws, 'hospice');
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ error: { code: 'DUPLICATE_KEY', path: '' } });
      expect(await exported(ws)).toBe(before);
    });

    it('replaces the workspace with replace=true', async () => {
      const ws = await newWorkspace();
      await apply(ws, 'hospice');
      const res = await apply(ws, 'city-council', '?replace=true');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ replaced: 1 });
      const list = await app.inject(`/api/workspaces/${ws}/scorecards`);
      expect(list.json<{ scorecards: { id: string }[] }>().scorecards.map((s) => s.id)).toEqual(
        shipped('city-council').scorecards.map((s) => s.id),
      );
    });

    it('answers 404 for an unknown template or workspace, 400 for a bad replace', async () => {
      const ws = await newWorkspace();
      const unknown = await apply(ws, 'nope');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toMatchObject({ error: { code: 'NOT_FOUND', path: 'params.name' } });
      expect(JSON.parse(await exported(ws))).not.toHaveProperty('scorecards.0');
      const noWorkspace = await apply('missing', 'hospice');
      expect(noWorkspace.statusCode).toBe(404);
      expect(noWorkspace.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
      const bad = await apply(ws, 'hospice', '?replace=yes');
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION', path: 'query.replace' } });
    });
  });
});
