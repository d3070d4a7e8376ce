import type { RollupMethod } from '../model/strategy.ts';
import { clamp01 } from './formula.ts';
import type { Coverage } from './types.ts';

/** What a roll-up reads from a child: KPI, objective and perspective scores all fit. */
export interface RollupChild {
  readonly score: number | null;
  readonly weight: number;
  readonly coverage: Coverage;
}

/**
 * Accumulates children into a roll-up (scoring.md §3). A child counts only with weight > 0 and
 * only if it can be scored at all (`coverage.total > 0`: not an `optimization: none` KPI, not an
 * objective with nothing scorable below it). Of those, children without a score are counted in
 * `coverage.total` but never in the score: N/A is not zero.
 */
export class Rollup {
  private sumWeights = 0;
  private sumWeighted = 0;
  private extreme = 0;
  private scored = 0;
  private total = 0;

  constructor(private readonly method: RollupMethod) {}

  add(child: RollupChild): void {
    const weight = child.weight;
    if (!(weight > 0) || child.coverage.total === 0) return;
    this.total++;
    const score = child.score;
    if (score === null) return;
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

  addAll(children: readonly RollupChild[]): void {
    for (const child of children) this.add(child);
  }

  score(): number | null {
    if (this.scored === 0) return null;
    if (this.method !== 'weighted') return this.extreme;
    const mean = this.sumWeighted / this.sumWeights;
    // Rounding can push a mean of scores <= 1 a hair past 1; weights near overflow give NaN.
    return Number.isNaN(mean) ? null : clamp01(mean);
  }

  coverage(): Coverage {
    return { scored: this.scored, total: this.total };
  }
}
