import type { RollupMethod } from '../model/strategy.ts';
import { clamp01 } from './formula.ts';

/**
 * Accumulates children into a roll-up (scoring.md §3). A child counts only with weight > 0 and
 * only if it can be scored at all (`coverage.total > 0`: not an `optimization: none` KPI, not an
 * objective with nothing scorable below it). Of those, children without a score are counted in
 * `coverage.total` but never in the score: N/A is not zero.
 *
 * The numeric pass keeps one instance per run and `reset`s it per node, so a roll-up allocates
 * nothing. A child is given as numbers: its score (NaN = none), weight and coverage total.
 */
export class Rollup {
  private sumWeights = 0;
  private sumWeighted = 0;
  private extreme = 0;
  /** Children with a score, of those that count. */
  scored = 0;
  /** Children that count (weight > 0 and scorable). */
  total = 0;

  constructor(private method: RollupMethod) {}

  reset(method: RollupMethod): void {
    this.method = method;
    this.sumWeights = 0;
    this.sumWeighted = 0;
    this.extreme = 0;
    this.scored = 0;
    this.total = 0;
  }

  addScore(score: number, weight: number, total: number): void {
    if (!(weight > 0) || total === 0) return;
    this.total++;
    if (Number.isNaN(score)) return;
    this.scored++;
    if (this.method === 'weighted') {
      this.sumWeights += weight;
      this.sumWeighted += weight * score;
    } else if (this.scored === 1) {
      this.extreme = score;
    } else if (this.method === 'min' ? score < this.extreme : score > this.extreme) {
      this.extreme = score;
    }
  }

  /** The roll-up's score, NaN when no child was scored. */
  value(): number {
    if (this.scored === 0) return NaN;
    if (this.method !== 'weighted') return this.extreme;
    const mean = this.sumWeighted / this.sumWeights;
    // Rounding can push a mean of scores <= 1 a hair past 1; weights near overflow give NaN.
    return Number.isNaN(mean) ? NaN : clamp01(mean);
  }
}
