import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  PLANTED_CASES,
  PLANTED_SEEDS,
  formatRate,
  plantedLinks,
  plantedRate,
  type PlantedCase,
} from './planted-cases.ts';

/**
 * The method's promises, measured over many seeded histories (evidence.md): a planted relation
 * is found at its lag, shared trends are not evidence, a reversed relation is contradicted, and
 * a short history is never judged. The rates are printed; docs/evidence.md shows the same.
 */
const rates = new Map<string, string>();

function measured(c: PlantedCase, links = plantedLinks(c)): number {
  const rate = plantedRate(c, links);
  console.log(`planted relations: ${c.label}: ${formatRate(rate)} of ${PLANTED_SEEDS} seeds`);
  rates.set(c.label, formatRate(rate));
  return rate;
}

describe('planted relations', () => {
  it('finds an effect that follows its cause, at the right lag ± 1, in at least 90 % of seeds', () => {
    expect(measured(PLANTED_CASES.follows)).toBeGreaterThanOrEqual(0.9);
  });

  it('does the same when the effect is a minimize KPI (returns fall as QA rises)', () => {
    const links = plantedLinks(PLANTED_CASES.minimize);
    expect(measured(PLANTED_CASES.minimize, links)).toBeGreaterThanOrEqual(0.9);
    expect(links[1]!.reason).toBe(
      `"Product quality" improved 1 month after "Quality assurance" improved, in ${links[1]!.n} months of data`,
    );
  });

  it('does not take two independent series that share an upward trend for evidence', () => {
    expect(measured(PLANTED_CASES.independent)).toBeGreaterThanOrEqual(0.9);
  });

  it('calls an effect that moves against its cause contradicted in at least 80 % of seeds', () => {
    expect(measured(PLANTED_CASES.reversed)).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the real lag when the stated one is off by two, and says so', () => {
    const links = plantedLinks(PLANTED_CASES.statedOffByTwo);
    expect(measured(PLANTED_CASES.statedOffByTwo, links)).toBeGreaterThanOrEqual(0.9);
    const first = links.find((l) => l.verdict === 'supported')!;
    expect(first.statedLag).toBe(1);
    expect(first.reason).toContain('the map expects 1 month, the data shows 3 months');
  });

  it('does not look beyond the stated lag ± 2: a lag stated far off the real one is not found', () => {
    expect(measured(PLANTED_CASES.statedFarOff)).toBeGreaterThanOrEqual(0.9);
  });

  it('always calls a history with fewer than 12 paired changes insufficient', () => {
    expect(measured(PLANTED_CASES.short)).toBe(1);
  });

  it.each([PLANTED_CASES.noisy, PLANTED_CASES.twoYears])('measures: $label', (c) => {
    expect(measured(c)).toBeGreaterThan(0);
  });

  // Computing the rates takes seconds: docs/evidence.md is checked here, from the same run.
  afterAll(() => {
    const doc = readFileSync(new URL('../../../../docs/evidence.md', import.meta.url), 'utf8');
    for (const [label, rate] of rates) expect(doc).toContain(`| ${label} | ${rate} |`);
  });
});
