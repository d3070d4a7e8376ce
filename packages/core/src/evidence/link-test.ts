import { sampleStandardDeviation } from 'simple-statistics';
import { mulberry32 } from './random.ts';
import { bestLag, differences, lagPairs, permutationPValue, type LagPairs } from './statistics.ts';
import { FLAT_CHANGE, MIN_MOVES, MIN_PAIRS } from './types.ts';

/**
 * The test of one link on its two level series (NaN = not observed): changes, the lag search,
 * and the permutation p-value. The verdict waits for the report's false-discovery control.
 */
export type LinkTest =
  | { readonly kind: 'insufficient'; readonly n: number }
  | { readonly kind: 'flat'; readonly which: 'cause' | 'effect'; readonly n: number }
  | {
      readonly kind: 'tested';
      readonly lag: number;
      readonly correlation: number;
      readonly n: number;
      readonly pValue: number;
    };

export interface LinkTestInput {
  readonly cause: readonly number[];
  readonly effect: readonly number[];
  readonly window: readonly [number, number];
  readonly permutations: number;
  readonly seed: number;
}

export function testLink(input: LinkTestInput): LinkTest {
  const dc = differences(input.cause);
  const de = differences(input.effect);
  const all: LagPairs[] = [];
  for (let lag = input.window[0]; lag <= input.window[1]; lag++) all.push(lagPairs(dc, de, lag));
  const most = Math.max(0, ...all.map((p) => p.cause.length));
  const usable = all.filter((p) => p.cause.length >= MIN_PAIRS);
  if (usable.length === 0) return { kind: 'insufficient', n: most };
  if (barelyMoved(dc)) return { kind: 'flat', which: 'cause', n: most };
  if (barelyMoved(de)) return { kind: 'flat', which: 'effect', n: most };
  const best = bestLag(dc, de, usable);
  // Every usable lag pairs the cause with an effect that did not vary there.
  if (best === null) return { kind: 'flat', which: 'effect', n: most };
  const pValue = permutationPValue(
    dc,
    de,
    usable,
    best.correlation,
    input.permutations,
    mulberry32(input.seed),
  );
  return { kind: 'tested', lag: best.lag, correlation: best.correlation, n: best.n, pValue };
}

/** Too little movement to learn from: a tiny spread, or changes in only a handful of periods. */
function barelyMoved(changes: readonly number[]): boolean {
  const observed = changes.filter((d) => Number.isFinite(d));
  if (observed.filter((d) => Math.abs(d) > 1e-9).length < MIN_MOVES) return true;
  return sampleStandardDeviation(observed) < FLAT_CHANGE;
}
