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
    expect(validate.stdout).toContain('1 scorecard, 7 objectives, 8 KPIs, 38 values');
    const score = await runCli(['score', 'strategy.yaml'], { cwd: dir });
    expect(score.code).toBe(0);
    expect(score.stdout).toContain('Acme Outdoor company scorecard (acme) as of 2026-06');
    expect(score.stdout).toMatch(/• Product return rate +73\.3% {2}amber/);
    expect(score.stdout).toMatch(
      /• Orders delivered on time +n\/a {2}none .*\[no data\] \[overdue\]/,
    );
  });

  it('ships a realistic example: four perspectives, leading and lagging KPIs, linked hypotheses', () => {
    const parsed = parseStrategyText(readTemplate('strategy'), 'yaml');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [scorecard] = parsed.value.scorecards;
    expect(scorecard?.perspectives).toHaveLength(4);
    const kpis = scorecard?.objectives.flatMap((o) => o.kpis) ?? [];
    expect(new Set(kpis.map((k) => k.indicator))).toEqual(new Set(['leading', 'lagging']));
    expect(
      Math.min(...kpis.filter((k) => k.frequency === 'monthly').map((k) => k.values.length)),
    ).toBeGreaterThanOrEqual(4);
    expect(scorecard?.links.every((l) => l.hypothesis !== null)).toBe(true);
    expect(scorecard?.objectives.flatMap((o) => o.initiatives)).toHaveLength(1);
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
