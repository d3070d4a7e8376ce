import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SECTOR_IDS,
  parseStrategyText,
  latestValuePeriod,
  periodOf,
  prepareStrategy,
  scoreAllScorecards,
} from '@bearing/core';
import { lintStrategy } from '@bearing/core/lint';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../__fixtures__/harness.ts';
import { TEMPLATE_CATALOG, readCatalogTemplate } from '../templates.ts';

describe('shipped templates', () => {
  it('has at least eight, with unique names', () => {
    expect(TEMPLATE_CATALOG.length).toBeGreaterThanOrEqual(8);
    expect(new Set(TEMPLATE_CATALOG.map((t) => t.name)).size).toBe(TEMPLATE_CATALOG.length);
  });

  it.each(TEMPLATE_CATALOG.map((t) => [t.name, t] as const))(
    '%s validates, scores coloured and lints without errors',
    (_name, entry) => {
      const parsed = parseStrategyText(readCatalogTemplate(entry), 'yaml');
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
      const strategy = parsed.value;
      const latest = latestValuePeriod(strategy);
      expect(latest).toBe('2026-06');
      const scores = scoreAllScorecards(prepareStrategy(strategy), periodOf(latest ?? '2026-06'));
      for (const score of scores) {
        expect(score.status).not.toBe('none');
        for (const p of score.perspectives)
          for (const o of p.objectives) expect(o.status, o.id).not.toBe('none');
      }
      // At least a year of monthly values on every KPI, so the map has a history to colour (the
      // templates that show hypothesis evidence have two and a half years: scripts/evidence-history.ts).
      for (const sc of strategy.scorecards)
        for (const o of sc.objectives)
          for (const k of o.kpis) expect(k.values.length, k.id).toBeGreaterThanOrEqual(12);
      // The shipped examples model good practice: not even a warning, except the contradicted
      // hypothesis the evidence templates show on purpose.
      const report = lintStrategy(strategy);
      const warnings = report.scorecards
        .flatMap((s) => s.findings)
        .filter((f) => f.severity === 'warning' && f.rule !== 'hypothesis-contradicted');
      expect(report.counts.error).toBe(0);
      expect(warnings.map((f) => f.message)).toEqual([]);
    },
  );

  it('tells the wizard its sector and, as its file does, its value disciplines', () => {
    for (const entry of TEMPLATE_CATALOG) {
      const parsed = parseStrategyText(readCatalogTemplate(entry), 'yaml');
      if (!parsed.ok) throw new Error(entry.name);
      const inFile = parsed.value.scorecards.flatMap((s) => {
        const d = s.customer?.valueProposition?.discipline ?? null;
        return d === null ? [] : [d];
      });
      expect(entry.disciplines, entry.name).toEqual([...new Set(inFile)]);
      expect(entry.sectors.length, entry.name).toBeGreaterThan(0);
      for (const sector of entry.sectors) expect(SECTOR_IDS, entry.name).toContain(sector);
    }
  });

  it('uses the customer section in every customer-perspective template', () => {
    for (const entry of TEMPLATE_CATALOG) {
      const parsed = parseStrategyText(readCatalogTemplate(entry), 'yaml');
      if (!parsed.ok) throw new Error(entry.name);
      const top = parsed.value.scorecards[0]?.customer;
      expect(top?.stakeholders.length, entry.name).toBeGreaterThan(0);
      expect(top?.segments.length, entry.name).toBeGreaterThan(0);
    }
  });

  it('cascades product quality from corporate to R&D to an engineer', () => {
    const entry = TEMPLATE_CATALOG.find((t) => t.name === 'cascading')!;
    const parsed = parseStrategyText(readCatalogTemplate(entry), 'yaml');
    if (!parsed.ok) throw new Error('invalid');
    const [corp, rd, engineer] = parsed.value.scorecards;
    expect(corp?.objectives.find((o) => o.id === 'quality')?.name).toBe(
      'Provide high product quality',
    );
    expect(rd?.objectives[0]?.contributesTo).toEqual({
      scorecard: 'corporate',
      objective: 'quality',
    });
    expect(engineer?.objectives[0]?.contributesTo).toEqual({
      scorecard: 'rd',
      objective: 'critical-problems',
    });
    for (const o of [rd?.objectives[0], engineer?.objectives[0]]) {
      expect(new Set(o?.kpis.map((k) => k.indicator))).toEqual(new Set(['leading', 'lagging']));
      expect(o?.initiatives).toHaveLength(1);
    }
  });
});

describe('bearing templates list', () => {
  it('prints each template’s name, title and description', async () => {
    const result = await runCli(['templates', 'list']);
    expect(result.code).toBe(0);
    for (const t of TEMPLATE_CATALOG) {
      expect(result.stdout).toContain(t.name);
      expect(result.stdout).toContain(t.title);
    }
  });

  it('prints JSON with --json', async () => {
    const result = await runCli(['templates', 'list', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(TEMPLATE_CATALOG);
  });
});

describe('bearing init --template', () => {
  it.each(TEMPLATE_CATALOG.map((t) => [t.name, t] as const))(
    'writes %s, which validates and scores',
    async (name, entry) => {
      const dir = tempDir();
      const result = await runCli(['init', '--template', name], { cwd: dir });
      expect(result.code).toBe(0);
      expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(readCatalogTemplate(entry));
      expect((await runCli(['score', 'strategy.yaml'], { cwd: dir })).code).toBe(0);
    },
  );

  it('refuses an unknown template with the list and a did-you-mean, writing nothing', async () => {
    const dir = tempDir();
    const result = await runCli(['init', '--template', 'hospce'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown template "hospce" (did you mean hospice?)');
    expect(result.stderr).toContain('available templates: customer-perspective');
    expect((await runCli(['validate', 'strategy.yaml'], { cwd: dir })).code).toBe(2);
  });
});
