import { describe, expect, it } from 'vitest';
import { scorecardId } from '../model/ids.ts';
import { periodOf } from '../periods/period.ts';
import { prepareStrategy } from '../scoring/prepare.ts';
import { scorecardEvidence } from './evidence.ts';
import { plantedStrategy, type PlantOptions } from './test-helpers.ts';
import type { LinkEvidence } from './types.ts';

/**
 * The method's promises, measured over many seeded histories (evidence.md): a planted relation
 * is found at its lag, shared trends are not evidence, a reversed relation is contradicted, and
 * a short history is never judged. The rates are printed for docs/evidence.md.
 */
const SEEDS = 200;
const TO = periodOf('2026-12');

function verdicts(make: (seed: number) => PlantOptions): LinkEvidence[] {
  return Array.from({ length: SEEDS }, (_, i) => {
    const strategy = plantedStrategy(make(i + 1));
    return scorecardEvidence(prepareStrategy(strategy), scorecardId('corp'), TO).links[0]!;
  });
}

function rate(links: readonly LinkEvidence[], ok: (l: LinkEvidence, i: number) => boolean): number {
  return links.filter(ok).length / links.length;
}

function report(what: string, value: number): void {
  console.log(`planted relations: ${what}: ${(100 * value).toFixed(1)} % of ${SEEDS} seeds`);
}

/** Lags 0 to 4 in turn. */
const lagOf = (seed: number) => (seed - 1) % 5;

describe('planted relations', () => {
  it('finds an effect that follows its cause, at the right lag ± 1, in at least 90 % of seeds', () => {
    const links = verdicts((seed) => ({ planted: 'follows', seed, lag: lagOf(seed) }));
    const found = rate(
      links,
      (l, i) => l.verdict === 'supported' && Math.abs((l.lag ?? -9) - lagOf(i + 1)) <= 1,
    );
    report('effect follows cause (lag 0–4): supported at the right lag ± 1', found);
    expect(found).toBeGreaterThanOrEqual(0.9);
  });

  it('does the same when the effect is a minimize KPI (returns fall as QA rises)', () => {
    const links = verdicts((seed) => ({ planted: 'minimize', seed, lag: lagOf(seed) }));
    const found = rate(
      links,
      (l, i) => l.verdict === 'supported' && Math.abs((l.lag ?? -9) - lagOf(i + 1)) <= 1,
    );
    report('minimize-KPI effect: supported at the right lag ± 1', found);
    expect(found).toBeGreaterThanOrEqual(0.9);
    expect(links[1]!.reason).toBe(
      `"Product quality" improved 1 month after "Quality assurance" improved, in ${links[1]!.n} months of data`,
    );
  });

  it('does not take two independent series that share an upward trend for evidence', () => {
    const links = verdicts((seed) => ({ planted: 'independent', seed }));
    const notSupported = rate(links, (l) => l.verdict !== 'supported');
    report('independent series with a shared upward trend: not supported', notSupported);
    expect(notSupported).toBeGreaterThanOrEqual(0.9);
  });

  it('calls an effect that moves against its cause contradicted in at least 80 % of seeds', () => {
    const links = verdicts((seed) => ({ planted: 'reversed', seed, lag: lagOf(seed) }));
    const contradicted = rate(links, (l) => l.verdict === 'contradicted');
    report('effect moves against the cause: contradicted', contradicted);
    expect(contradicted).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the real lag when the stated one is off by two, and says so', () => {
    // Stated 1 month, planted 3: the search runs 0 to 3 months.
    const links = verdicts((seed) => ({
      planted: 'follows',
      seed,
      lag: 3,
      statedLag: { count: 1, unit: 'month' },
    }));
    const found = rate(links, (l) => l.verdict === 'supported' && l.lag === 3);
    report('stated lag 1 month, real lag 3: supported at 3', found);
    expect(found).toBeGreaterThanOrEqual(0.9);
    const first = links.find((l) => l.verdict === 'supported')!;
    expect(first.statedLag).toBe(1);
    expect(first.reason).toContain('the map expects 1 month, the data shows 3 months');
  });

  it('does not look beyond the stated lag ± 2: a lag stated far off the real one is not found', () => {
    // Stated 6 months, planted 0: the search runs 4 to 8 months and sees only noise.
    const links = verdicts((seed) => ({
      planted: 'follows',
      seed,
      lag: 0,
      statedLag: { count: 2, unit: 'quarter' },
    }));
    const notSupported = rate(links, (l) => l.verdict !== 'supported');
    report('stated lag 6 months, real lag 0: not supported', notSupported);
    expect(notSupported).toBeGreaterThanOrEqual(0.9);
  });

  it('always calls a history with fewer than 12 paired changes insufficient', () => {
    const links = verdicts((seed) => ({ planted: 'follows', seed, lag: lagOf(seed), months: 12 }));
    const insufficient = rate(links, (l) => l.verdict === 'insufficient-data');
    report('12 months of history: insufficient-data', insufficient);
    expect(insufficient).toBe(1);
  });
});
