import { describe, expect, it } from 'vitest';
import { mulberry32, seedOf } from './random.ts';
import {
  benjaminiHochberg,
  bestLag,
  correlationAt,
  differences,
  fastCorrelationAt,
  lagPairs,
  permutationPValue,
} from './statistics.ts';

const all = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('differences', () => {
  it('takes period-to-period changes, NaN unless both periods are observed', () => {
    expect(differences([1, 3, 2, NaN, 5, 9])).toEqual([2, -1, NaN, NaN, 4]);
    expect(differences([7])).toEqual([]);
  });
});

describe('lagPairs', () => {
  it('pairs the effect at t with the cause at t − lag where both exist', () => {
    const cause = [1, NaN, 3, 4, 5];
    const effect = [10, 20, 30, NaN, 50];
    expect(lagPairs(cause, effect, 0)).toEqual({ lag: 0, cause: [0, 2, 4], effect: [0, 2, 4] });
    expect(lagPairs(cause, effect, 1)).toEqual({ lag: 1, cause: [0, 3], effect: [1, 4] });
    expect(lagPairs(cause, effect, 9).cause).toEqual([]);
  });
});

describe('correlation', () => {
  // Reference values from numpy.corrcoef.
  it("gives Pearson's r of known series", () => {
    expect(correlationAt([1, 2, 3, 4, 5], all(5), [2, 4, 5, 4, 5], all(5))).toBeCloseTo(
      0.7745966692414834,
      14,
    );
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    const y = [2, 7, 1, 8, 2, 8, 1, 8];
    expect(correlationAt(x, all(8), y, all(8))).toBeCloseTo(0.20965531907301216, 14);
    expect(fastCorrelationAt(x, all(8), y, all(8))).toBeCloseTo(0.20965531907301216, 14);
  });

  it('reads the series at the given positions', () => {
    const x = [NaN, 1, 2, 3, 4, 5];
    const y = [2, 4, 5, 4, 5, NaN];
    expect(correlationAt(x, [1, 2, 3, 4, 5], y, all(5))).toBeCloseTo(0.7745966692414834, 14);
  });

  it('is NaN when a series does not vary or has fewer than two points', () => {
    expect(correlationAt([1, 1, 1], all(3), [1, 2, 3], all(3))).toBeNaN();
    expect(fastCorrelationAt([1, 1, 1], all(3), [1, 2, 3], all(3))).toBeNaN();
    expect(correlationAt([1], [0], [2], [0])).toBeNaN();
  });

  it('agrees, fast and plain, on random series', () => {
    const random = mulberry32(7);
    for (let k = 0; k < 50; k++) {
      const x = all(20).map(() => random());
      const y = all(20).map(() => random());
      expect(fastCorrelationAt(x, all(20), y, all(20))).toBeCloseTo(
        correlationAt(x, all(20), y, all(20)),
        12,
      );
    }
  });
});

describe('bestLag', () => {
  it('picks the lag with the largest |r|, the shorter one on a tie', () => {
    const cause = [1, -2, 3, 0, -1, 2, 1, -3];
    const effect = [0, ...cause.slice(0, -1)]; // the cause one step later
    const pairs = [0, 1, 2].map((lag) => lagPairs(cause, effect, lag));
    expect(bestLag(cause, effect, pairs)).toEqual({ lag: 1, correlation: 1, n: 7 });
    const same = [lagPairs(cause, cause, 0), lagPairs(cause, cause, 0)];
    expect(bestLag(cause, cause, same)?.lag).toBe(0);
  });
});

describe('permutationPValue', () => {
  /** Every ordering of `xs`: the exact permutation distribution, computed by brute force. */
  function permutations(xs: readonly number[]): number[][] {
    if (xs.length <= 1) return [xs.slice()];
    return xs.flatMap((x, i) =>
      permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]),
    );
  }

  it('approaches the exact permutation p-value of a small series', () => {
    const cause = [0.3, -0.1, 0.5, -0.4, 0.2, 0.1];
    const effect = [0.2, 0.1, 0.3, -0.5, 0.4, -0.1];
    const pairs = [lagPairs(cause, effect, 0)];
    const observed = correlationAt(cause, all(6), effect, all(6));
    const exact =
      permutations(cause).filter(
        (p) => Math.abs(correlationAt(p, all(6), effect, all(6))) >= Math.abs(observed) - 1e-12,
      ).length / 720;
    const p = permutationPValue(cause, effect, pairs, observed, 20_000, mulberry32(1));
    expect(exact).toBeCloseTo(30 / 720, 12);
    expect(Math.abs(p - exact)).toBeLessThan(0.01);
  });

  it('pays for the lag search: more lags searched, a larger p-value', () => {
    const random = mulberry32(3);
    const cause = all(30).map(() => random() - 0.5);
    const effect = cause.map((c) => c + 0.8 * (random() - 0.5));
    const one = [lagPairs(cause, effect, 0)];
    const seven = all(7).map((lag) => lagPairs(cause, effect, lag));
    const observed = correlationAt(cause, one[0]!.cause, effect, one[0]!.effect);
    const single = permutationPValue(cause, effect, one, 0.35, 999, mulberry32(5));
    const searched = permutationPValue(cause, effect, seven, 0.35, 999, mulberry32(5));
    expect(observed).toBeGreaterThan(0.35);
    expect(searched).toBeGreaterThan(single);
  });

  it('is (k + 1) / (B + 1): never 0, and the same for the same seed', () => {
    const cause = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const pairs = [lagPairs(cause, cause, 0)];
    const p = permutationPValue(cause, cause, pairs, 1, 999, mulberry32(seedOf('x')));
    expect(p).toBe(0.001);
    const q = (seed: number) =>
      permutationPValue(cause, [2, 1, 4, 3, 6, 5, 8, 7, 10, 9], pairs, 0.5, 99, mulberry32(seed));
    expect(q(11)).toBe(q(11));
    expect(Number.isInteger(q(11) * 100)).toBe(true);
  });
});

describe('benjaminiHochberg', () => {
  // By hand: sorted 0.005, 0.01, 0.03, 0.04 → ×4/1, ×4/2, ×4/3, ×4/4 = 0.02, 0.02, 0.04, 0.04.
  it('adjusts p-values for the number of tests, keeping their order', () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    expect(q.map((x) => Number(x.toFixed(12)))).toEqual([0.02, 0.04, 0.04, 0.02]);
  });

  it('never lets a larger p-value get a smaller q, and caps at 1', () => {
    const q = benjaminiHochberg([0.9, 0.02, 0.5, 0.04, 0.7]);
    expect(q[3]).toBeCloseTo(0.1, 12); // 0.04 × 5/2
    expect(q[1]).toBeCloseTo(0.1, 12); // 0.02 × 5/1 = 0.1, not above its successor's
    expect(q[0]).toBe(0.9);
    expect(benjaminiHochberg([1, 1])).toEqual([1, 1]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});

describe('seeded randomness', () => {
  it('gives mulberry32 values known from the reference implementation', () => {
    const random = mulberry32(1);
    expect([random(), random(), random()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ]);
  });

  it('hashes text with FNV-1a', () => {
    expect(seedOf('')).toBe(0x811c9dc5);
    expect(seedOf('a')).toBe(0xe40c292c);
  });
});
