import type { CompiledFormula } from '../formulas/compile.ts';
import type { FormulaInputs } from '../formulas/evaluate.ts';
import { NO_SLOT } from '../formulas/compile.ts';
import { evaluateFormula } from '../formulas/evaluate.ts';
import { periodBefore } from '../periods/containing.ts';
import type { Period } from '../periods/period.ts';
import { createFoldResult, foldValues } from './aggregate.ts';
import type { KpiParams } from './kpi-params.ts';

/**
 * Values of calculated KPIs as of a period (formulas.md "Evaluation"). An input is that KPI's
 * value as of the period by its own rules — its aggregation over the sub-periods, its carry
 * forward — so a quarterly ratio is a ratio of sums. A calculated input is evaluated first, once
 * per run (memoised by the run's period); `prev` reads an input periods before. The result is
 * stale when any input it read was stale.
 *
 * One instance per prepared strategy: its buffers are reused by every run, which is safe because
 * scoring is synchronous and a run is identified by its period.
 */
export class FormulaValues implements FormulaInputs {
  /** The value and staleness of the last `valueAt`. */
  stale = false;
  private readonly memo: Float64Array;
  private readonly memoStale: Uint8Array;
  private readonly memoRun: Int32Array;
  /** 1 while a KPI is being evaluated: a cycle (refused by validation) reads as null. */
  private readonly visiting: Uint8Array;
  private readonly fold = createFoldResult();
  private run = 0;
  private runPeriod: Period | null = null;
  private period: Period | null = null;
  private readonly before = new Map<number, Period | null>();

  constructor(
    private readonly params: Omit<KpiParams, 'calculated'>,
    private readonly formulas: readonly (CompiledFormula | null)[],
  ) {
    const n = formulas.length;
    this.memo = new Float64Array(n);
    this.memoStale = new Uint8Array(n);
    this.memoRun = new Int32Array(n);
    this.visiting = new Uint8Array(n);
  }

  isCalculated(k: number): boolean {
    return (this.formulas[k] ?? null) !== null;
  }

  formulaOf(k: number): CompiledFormula | null {
    return this.formulas[k] ?? null;
  }

  /** Input `slot` (entered or calculated) as of `period`, for explanations; NaN = null. */
  inputAt(slot: number, period: Period): { value: number; stale: boolean } {
    this.runPeriod = null; // outside a run: no memo
    this.period = period;
    this.stale = false;
    const value = this.input(slot);
    return { value, stale: this.readStale() };
  }

  /** Calculated KPI `k` as of `period` (NaN = null); `stale` says whether an input was stale. */
  valueAt(k: number, period: Period): number {
    if (this.runPeriod === null || this.runPeriod.key !== period.key) {
      this.run++;
      this.before.clear();
    }
    this.runPeriod = period;
    this.period = period;
    this.stale = false;
    return this.calculated(k);
  }

  /** `FormulaInputs`: input `slot` as of the current period, or `back` periods before it. */
  value(slot: number, back: number): number {
    if (slot === NO_SLOT) return NaN;
    if (back === 0) return this.input(slot);
    const outer = this.period!;
    const earlier = this.shifted(outer, back);
    if (earlier === null) return NaN;
    this.period = earlier;
    const value = this.input(slot);
    this.period = outer;
    return value;
  }

  private input(slot: number): number {
    if (this.isCalculated(slot)) return this.calculated(slot);
    const p = this.params;
    const period = this.period!;
    foldValues(
      p.store,
      p.from[slot] ?? 0,
      p.to[slot] ?? 0,
      p.aggregation[slot] ?? 'last',
      p.carryForward[slot] === 1,
      period.start,
      period.end,
      this.fold,
    );
    if (!this.fold.found) return NaN;
    if (this.fold.stale) this.stale = true;
    return this.fold.value;
  }

  private calculated(k: number): number {
    const formula = this.formulas[k] ?? null;
    if (formula === null || this.visiting[k] === 1) return NaN;
    const atRunPeriod = this.period === this.runPeriod;
    if (atRunPeriod && this.memoRun[k] === this.run) {
      if (this.memoStale[k] === 1) this.stale = true;
      return this.memo[k] ?? NaN;
    }
    // Staleness is per KPI: collect this formula's own, then add it to the caller's.
    const outerStale = this.stale;
    this.stale = false;
    this.visiting[k] = 1;
    const value = evaluateFormula(formula, this);
    this.visiting[k] = 0;
    const stale = this.readStale(); // set by the inputs `evaluateFormula` read
    if (atRunPeriod) {
      this.memo[k] = value;
      this.memoStale[k] = stale ? 1 : 0;
      this.memoRun[k] = this.run;
    }
    this.stale = outerStale || stale;
    return value;
  }

  private readStale(): boolean {
    return this.stale;
  }

  private shifted(period: Period, back: number): Period | null {
    if (period === this.runPeriod) {
      let cached = this.before.get(back);
      if (cached === undefined) {
        cached = periodBefore(period, back);
        this.before.set(back, cached);
      }
      return cached;
    }
    return periodBefore(period, back);
  }
}
