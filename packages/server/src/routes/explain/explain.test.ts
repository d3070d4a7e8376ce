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

interface Node {
  readonly id: string;
  readonly score: number | null;
  readonly objectives?: readonly Node[];
  readonly kpis?: readonly Node[];
  readonly perspectives?: readonly Node[];
}

/** A KPI's score object anywhere in a score tree. */
function kpiIn(tree: Node, id: string): Node | undefined {
  for (const kpi of tree.kpis ?? []) if (kpi.id === id) return kpi;
  for (const child of [...(tree.perspectives ?? []), ...(tree.objectives ?? [])]) {
    const found = kpiIn(child, id);
    if (found) return found;
  }
  return undefined;
}

const apiError = (code: string, path: string) => ({
  error: expect.objectContaining({ code, path, message: expect.any(String) as unknown }) as unknown,
});

describe('KPI score explanations', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
      await importExample(app);
    });
    afterAll(() => app.close());

    it('explains the latest period by default, with the same score as the score tree', async () => {
      const res = await app.inject(`${SC}/kpis/return-rate/explain`);
      expect(res.statusCode).toBe(200);
      const body = res.json<Record<string, unknown> & { score: number; steps: unknown[] }>();
      expect(body).toMatchObject({
        scorecard: 'acme',
        kpi: 'return-rate',
        name: 'Product return rate',
        period: '2026-11',
        status: 'amber',
        value: 4.6,
        valuePeriod: '2026-11',
        target: 2,
        baseline: 8,
        optimization: 'minimize',
        stale: false,
        overdue: false,
        thresholds: { green: 0.8, amber: 0.5 },
        thresholdsFrom: 'scorecard',
      });
      const tree = (await app.inject(`${SC}/scores?period=2026-11`)).json<Node>();
      expect(body.score).toBe(kpiIn(tree, 'return-rate')?.score);
      expect(body.steps).toEqual([
        {
          step: 'Used the value for 2026-11',
          formula: 'value = 4.6',
          numbers: expect.any(Object) as unknown,
        },
        { step: 'Target in force: the KPI target', formula: 'target = 2', numbers: { target: 2 } },
        expect.objectContaining({ formula: 'clamp01((8 − 4.6) / (8 − 2)) = 0.5667' }),
        expect.objectContaining({ step: 'Progress from baseline to target (not clamped)' }),
        {
          step: "Status by the scorecard's thresholds",
          formula: '0.5667 < green 0.8, ≥ amber 0.5 → amber',
          numbers: { score: body.score, green: 0.8, amber: 0.5 },
        },
      ]);
    });

    it('explains an asked-for period: folded values, carried-forward and overdue ones', async () => {
      const quarter = await app.inject(`${SC}/kpis/qa-hours/explain?period=2026-Q1`);
      const folded = quarter.json<{ steps: { formula: string }[] }>();
      expect(folded).toMatchObject({ period: '2026-Q1', value: 670 / 3, status: 'amber' });
      expect(folded.steps[0]?.formula).toBe('(217 + 229 + 224) / 3 = 223.3333');
      const stale = await app.inject(`${SC}/kpis/nps/explain?period=2026-11`);
      expect(stale.json()).toMatchObject({ stale: true, valuePeriod: '2026-Q3', value: 44 });
      const overdue = await app.inject(`${SC}/kpis/on-time-delivery/explain?period=2026-11`);
      const body = overdue.json<{ steps: { step: string }[] }>();
      expect(body).toMatchObject({ score: null, status: 'none', value: null, overdue: true });
      expect(body.steps.at(-1)?.step).toMatch(/^Overdue: a monthly KPI/);
    });

    it('answers 400 with the path for a malformed period', async () => {
      const res = await app.inject(`${SC}/kpis/return-rate/explain?period=2026-13`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual(apiError('INVALID_PERIOD', 'query.period'));
    });

    it('answers 404 naming the KPI or the scorecard that does not exist', async () => {
      const kpi = await app.inject(`${SC}/kpis/nope/explain`);
      expect(kpi.statusCode).toBe(404);
      expect(kpi.json()).toEqual(apiError('NOT_FOUND', 'params.kpi'));
      const scorecard = await app.inject('/api/workspaces/default/scorecards/nope/kpis/x/explain');
      expect(scorecard.statusCode).toBe(404);
      expect(scorecard.json()).toEqual(apiError('NOT_FOUND', 'params.id'));
      const workspace = await app.inject('/api/workspaces/nope/scorecards/acme/kpis/nps/explain');
      expect(workspace.statusCode).toBe(404);
      expect(workspace.json()).toEqual(apiError('NOT_FOUND', ''));
    });

    it('answers 422 NO_DATA when there is no value to default the period to', async () => {
      await app.inject({
        method: 'POST',
        url: '/api/workspaces/default/import?replace=true',
        headers: { 'content-type': 'application/yaml' },
        payload: NO_VALUES,
      });
      const res = await app.inject(
        '/api/workspaces/default/scorecards/corp/kpis/return-rate/explain',
      );
      expect(res.statusCode).toBe(422);
      expect(res.json()).toEqual(apiError('NO_DATA', 'query.period'));
      const asked = await app.inject(
        '/api/workspaces/default/scorecards/corp/kpis/return-rate/explain?period=2026-03',
      );
      expect(asked.json()).toMatchObject({ score: null, status: 'none', value: null });
      await importExample(app);
    });
  });
});
