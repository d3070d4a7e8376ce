import type { Timing } from './stats.ts';

/**
 * A benchmark suite: a named module that `bench/run.ts` runs on request. Later work adds a suite
 * (a `*.bench.ts` file) and one line in `suites.ts`; the runner and the report stay as they are.
 */
export interface BenchSuite {
  readonly name: string;
  readonly description: string;
  run(ctx: BenchContext): Promise<readonly BenchRow[]> | readonly BenchRow[];
}

export interface BenchContext {
  /** Multiplies the data size: `BENCH_SCALE=0.1` for a quick smoke run. Aims hold at 1. */
  readonly scale: number;
  /** A progress or detail line, printed as it happens. */
  log(message: string): void;
}

/** One line of the report: our figure, the baseline's in the same run, and the aim. */
export interface BenchRow {
  readonly measure: string;
  readonly ours: Timing;
  readonly baseline: Timing | null;
  /** The aim in words, e.g. "< 100 ms, ≤ 3× baseline". */
  readonly aim: string;
  /** Whether the aim was met; null when the row has no aim. */
  readonly met: boolean | null;
  /** Anything else worth a column, e.g. a throughput. */
  readonly note?: string;
}

/**
 * The benchmark could not be trusted (e.g. the baseline and the engine disagree). The runner
 * prints it and exits non-zero: a figure against a wrong baseline is worse than none.
 */
export class BenchFailure extends Error {
  override readonly name = 'BenchFailure';
}
