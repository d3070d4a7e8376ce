import { scorecardId } from '../model/ids.ts';
import { periodOf } from '../periods/period.ts';
import { prepareStrategy } from '../scoring/prepare.ts';
import { scorecardEvidence } from './evidence.ts';
import { plantedStrategy, type PlantOptions } from './test-helpers.ts';
import type { LinkEvidence } from './types.ts';

/**
 * The planted-relation cases the method is held to (evidence.md), with what counts as getting
 * each right. Shared by the test that asserts the rates and the one that keeps the table in
 * docs/evidence.md equal to them. Test support only.
 */
export interface PlantedCase {
  /** The row label in docs/evidence.md. */
  readonly label: string;
  /** The rate the test requires (0..1). */
  readonly required: number;
  readonly make: (seed: number) => PlantOptions;
  readonly ok: (link: LinkEvidence, seed: number) => boolean;
}

export const PLANTED_SEEDS = 200;

/** Lags 0 to 4 in turn. */
export const lagOf = (seed: number) => (seed - 1) % 5;
const atLag = (l: LinkEvidence, lag: number) =>
  l.verdict === 'supported' && l.lag !== null && Math.abs(l.lag - lag) <= 1;

export const PLANTED_CASES = {
  follows: {
    label: 'effect follows the cause 0–4 months later: supported at the right lag ± 1',
    required: 0.9,
    make: (seed) => ({ planted: 'follows', seed, lag: lagOf(seed) }),
    ok: (l, seed) => atLag(l, lagOf(seed)),
  },
  minimize: {
    label: 'the same with a minimize KPI as the effect: supported at the right lag ± 1',
    required: 0.9,
    make: (seed) => ({ planted: 'minimize', seed, lag: lagOf(seed) }),
    ok: (l, seed) => atLag(l, lagOf(seed)),
  },
  independent: {
    label: 'independent series sharing an upward trend: not supported',
    required: 0.9,
    make: (seed) => ({ planted: 'independent', seed }),
    ok: (l) => l.verdict !== 'supported',
  },
  reversed: {
    label: 'effect moves against the cause: contradicted',
    required: 0.8,
    make: (seed) => ({ planted: 'reversed', seed, lag: lagOf(seed) }),
    ok: (l) => l.verdict === 'contradicted',
  },
  statedOffByTwo: {
    label: 'stated lag 1 month, real lag 3: supported at 3',
    required: 0.9,
    make: (seed) => ({
      planted: 'follows',
      seed,
      lag: 3,
      statedLag: { count: 1, unit: 'month' },
    }),
    ok: (l) => l.verdict === 'supported' && l.lag === 3,
  },
  statedFarOff: {
    label: 'stated lag 6 months, real lag 0 (outside the search): not supported',
    required: 0.9,
    make: (seed) => ({
      planted: 'follows',
      seed,
      lag: 0,
      statedLag: { count: 2, unit: 'quarter' },
    }),
    ok: (l) => l.verdict !== 'supported',
  },
  short: {
    label: '12 months of history (11 changes): insufficient-data',
    required: 1,
    make: (seed) => ({ planted: 'follows', seed, lag: lagOf(seed), months: 12 }),
    ok: (l) => l.verdict === 'insufficient-data',
  },
  // Not promises, but honest figures for the docs: how the test fares with noisier data and
  // with the two years of history a newcomer's demo has.
  noisy: {
    label:
      'effect follows, its noise as large as the cause\u2019s own moves: supported at the right lag ± 1',
    required: 0,
    make: (seed) => ({ planted: 'follows', seed, lag: lagOf(seed), noise: 3 }),
    ok: (l, seed) => atLag(l, lagOf(seed)),
  },
  twoYears: {
    label: 'effect follows, 24 months of history: supported at the right lag ± 1',
    required: 0,
    make: (seed) => ({ planted: 'follows', seed, lag: lagOf(seed), months: 24 }),
    ok: (l, seed) => atLag(l, lagOf(seed)),
  },
} satisfies Record<string, PlantedCase>;

const TO = periodOf('2026-12');

/** The link's evidence for seeds 1 … PLANTED_SEEDS. */
export function plantedLinks(c: PlantedCase): LinkEvidence[] {
  return Array.from({ length: PLANTED_SEEDS }, (_, i) => {
    const strategy = plantedStrategy(c.make(i + 1));
    return scorecardEvidence(prepareStrategy(strategy), scorecardId('corp'), TO).links[0]!;
  });
}

/** The share of seeds the case gets right. */
export function plantedRate(c: PlantedCase, links = plantedLinks(c)): number {
  return links.filter((l, i) => c.ok(l, i + 1)).length / links.length;
}

/** `98.5 %`: how the rate is printed and written in the docs. */
export function formatRate(rate: number): string {
  return `${(100 * rate).toFixed(1)} %`;
}
