import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStrategyText } from '@bearing/core';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../__fixtures__/harness.ts';
import { readTemplate } from '../templates.ts';

describe('bearing init', () => {
  it('writes strategy.yaml in the current directory', async () => {
    const dir = tempDir();
    const result = await runCli(['init'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✔ wrote strategy.yaml');
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(readTemplate('strategy'));
  });

  it('writes a file that validates and scores', async () => {
    const dir = tempDir();
    await runCli(['init'], { cwd: dir });
    const validate = await runCli(['validate', 'strategy.yaml'], { cwd: dir });
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('3 scorecards, 16 objectives, 34 KPIs, 977 values');
    const score = await runCli(['score', 'strategy.yaml'], { cwd: dir });
    expect(score.code).toBe(0);
    expect(score.stdout).toContain('Acme Outdoor company scorecard (acme) as of 2026-11');
    expect(score.stdout).toMatch(/• Product return rate +56\.7% {2}amber/);
    expect(score.stdout).toMatch(
      /• Orders delivered on time +n\/a {2}none .*\[no data\] \[overdue\]/,
    );
  });

  it('ships a small organisation: a corporate scorecard and two departments cascading into it', () => {
    const parsed = parseStrategyText(readTemplate('strategy'), 'yaml');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [corporate, ...departments] = parsed.value.scorecards;
    expect(corporate?.id).toBe('acme');
    expect(corporate?.perspectives).toHaveLength(4);
    expect(departments.map((d) => d.id)).toEqual(['operations', 'service']);
    for (const department of departments) {
      const cascaded = department.objectives.filter((o) => o.contributesTo !== null);
      expect(cascaded.length).toBeGreaterThanOrEqual(3);
      expect(cascaded.every((o) => o.contributesTo?.scorecard === 'acme')).toBe(true);
    }
    for (const scorecard of parsed.value.scorecards) {
      expect(scorecard.links.every((l) => l.hypothesis !== null)).toBe(true);
      for (const objective of scorecard.objectives) {
        const indicators = new Set(objective.kpis.map((k) => k.indicator));
        expect(indicators, objective.id).toEqual(new Set(['leading', 'lagging']));
      }
    }
    const kpis = parsed.value.scorecards.flatMap((s) => s.objectives.flatMap((o) => o.kpis));
    // Two years and more of monthly history, so `bearing evidence` can test every link.
    expect(
      Math.min(...kpis.filter((k) => k.frequency === 'monthly').map((k) => k.values.length)),
    ).toBeGreaterThanOrEqual(24);
    expect(kpis.every((k) => k.owner !== null)).toBe(true);
    const initiatives = parsed.value.scorecards.flatMap((s) =>
      s.objectives.flatMap((o) => o.initiatives),
    );
    expect(new Set(initiatives.map((i) => i.status))).toEqual(
      new Set(['not-started', 'on-track', 'at-risk', 'late', 'done']),
    );
    const customer = corporate?.customer;
    expect(customer?.segments.length).toBeGreaterThanOrEqual(2);
    expect(customer?.valueProposition?.discipline).toBe('product-leadership');
    expect(
      kpis.filter((k) => k.outcome !== null && k.outcome !== undefined).length,
    ).toBeGreaterThanOrEqual(3);
    expect(departments[1]?.customer?.stakeholders.some((s) => s.kind === 'partner')).toBe(true);
  });

  it('writes into a directory given as argument, creating it', async () => {
    const dir = tempDir();
    const result = await runCli(['init', 'plans/2026'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('bearing validate plans/2026/strategy.yaml');
    expect(readFileSync(join(dir, 'plans', '2026', 'strategy.yaml'), 'utf8')).toContain(
      'bearing: 1',
    );
  });

  it('refuses to overwrite an existing file (exit 2) and leaves it untouched', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'strategy.yaml'), 'mine');
    const result = await runCli(['init'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error: strategy.yaml already exists; use --force to overwrite it\n',
    );
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe('mine');
  });

  it('overwrites with --force', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'strategy.yaml'), 'mine');
    const result = await runCli(['init', '--force'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(readTemplate('strategy'));
  });
});
