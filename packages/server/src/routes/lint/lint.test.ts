import { parseStrategyText } from '@bearing/core';
import { lintStrategy } from '@bearing/core/lint';
import { forEachDialect } from '@bearing/testing/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_YAML, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';

const BASE = '/api/workspaces/default/scorecards';

interface LintBody {
  readonly scorecard: string;
  readonly period: string | null;
  readonly quality: { readonly score: number };
  readonly findings: readonly { rule: string; objective: string | null; why: string }[];
}

describe('GET …/scorecards/{id}/lint', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
      await importExample(app);
    });
    afterAll(() => app.close());

    it('gives the same findings and quality score as the linter on the file', async () => {
      const res = await app.inject(`${BASE}/acme/lint`);
      expect(res.statusCode).toBe(200);
      const body = res.json<LintBody>();
      const parsed = parseStrategyText(EXAMPLE_YAML, 'yaml');
      if (!parsed.ok) throw new Error('the example is invalid');
      const expected = lintStrategy(parsed.value).scorecards[0]!;
      expect(body.scorecard).toBe('acme');
      expect(body.period).toBeNull();
      expect(body.quality.score).toBe(expected.quality.score);
      expect(body.findings).toEqual(JSON.parse(JSON.stringify(expected.findings)));
      expect(body.findings).toContainEqual(
        expect.objectContaining({ rule: 'outcome-as-objective', objective: 'loyalty' }),
      );
    });

    it('runs the overdue rule only when a period is given', async () => {
      const without = (await app.inject(`${BASE}/acme/lint`)).json<LintBody>();
      const withPeriod = (await app.inject(`${BASE}/acme/lint?period=2026-11`)).json<LintBody>();
      expect(without.findings.some((f) => f.rule === 'overdue-kpi')).toBe(false);
      expect(withPeriod.period).toBe('2026-11');
      expect(withPeriod.findings.some((f) => f.rule === 'overdue-kpi')).toBe(true);
    });

    it('answers 404 for an unknown scorecard and 400 for a malformed period', async () => {
      expect((await app.inject(`${BASE}/nope/lint`)).statusCode).toBe(404);
      const bad = await app.inject(`${BASE}/acme/lint?period=2026-13`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ error: { path: 'query.period' } });
    });

    it('follows a write: a fixed finding disappears from the next report', async () => {
      const before = (await app.inject(`${BASE}/acme/lint`)).json<LintBody>();
      const objective = await app.inject(`${BASE}/acme/objectives/loyalty`);
      const { version } = objective.json<{ version: number }>();
      const renamed = await app.inject({
        method: 'PATCH',
        url: `${BASE}/acme/objectives/loyalty`,
        headers: { 'if-match': String(version) },
        payload: { name: 'Get help quickly when something goes wrong' },
      });
      expect(renamed.statusCode).toBe(200);
      const after = (await app.inject(`${BASE}/acme/lint`)).json<LintBody>();
      expect(before.findings.some((f) => f.rule === 'outcome-as-objective')).toBe(true);
      expect(after.findings.some((f) => f.rule === 'outcome-as-objective')).toBe(false);
    });
  });
});

describe('workspace lint settings', () => {
  forEachDialect(({ db }) => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(db());
      await importExample(app);
    });
    afterAll(() => app.close());

    const workspaceVersion = async () =>
      (await app.inject('/api/workspaces'))
        .json<{ workspaces: { key: string; version: number }[] }>()
        .workspaces.find((w) => w.key === 'default')!.version;

    it('turns a rule off for the workspace, and back on', async () => {
      const before = (await app.inject(`${BASE}/acme/lint`)).json<LintBody>();
      expect(before.findings.some((f) => f.rule === 'objective-without-initiative')).toBe(true);

      const off = await app.inject({
        method: 'PATCH',
        url: '/api/workspaces/default',
        headers: { 'if-match': String(await workspaceVersion()) },
        payload: { lint: { rules: { 'objective-without-initiative': 'off' } } },
      });
      expect(off.statusCode).toBe(200);
      expect(off.json()).toMatchObject({
        lint: { rules: { 'objective-without-initiative': 'off' } },
      });
      const quiet = (await app.inject(`${BASE}/acme/lint`)).json<LintBody>();
      expect(quiet.findings.some((f) => f.rule === 'objective-without-initiative')).toBe(false);

      const cleared = await app.inject({
        method: 'PATCH',
        url: '/api/workspaces/default',
        headers: { 'if-match': String(await workspaceVersion()) },
        payload: { lint: null },
      });
      expect(cleared.json()).toMatchObject({ lint: null });
      const again = (await app.inject(`${BASE}/acme/lint`)).json<LintBody>();
      expect(again.findings.some((f) => f.rule === 'objective-without-initiative')).toBe(true);
    });

    it('refuses an unknown rule id with a did-you-mean and the path', async () => {
      const res = await app.inject({
        method: 'PATCH',
        url: '/api/workspaces/default',
        headers: { 'if-match': String(await workspaceVersion()) },
        payload: { lint: { rules: { 'kpi-without-ownr': 'off' } } },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        error: { code: 'VALIDATION', path: 'body.lint.rules.kpi-without-ownr' },
      });
      expect(res.json<{ error: { message: string } }>().error.message).toContain(
        'did you mean "kpi-without-owner"',
      );
    });
  });
});
