import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import {
  clipRange,
  matchingPreset,
  presetRange,
  rangeOfKind,
  type PeriodRangeKeys,
  type PresetContext,
  type RangePreset,
} from '../../lib/period-range.ts';

export interface HistoryRange {
  /** The range in periods of the context's kind; null until the context is known. */
  readonly range: PeriodRangeKeys | null;
  /** The preset the range equals, if any. */
  readonly preset: RangePreset | null;
  readonly setRange: (range: PeriodRangeKeys | null) => void;
  readonly setPreset: (preset: RangePreset) => void;
}

/**
 * The history range of a chart, kept in the URL as `from` and `to` so a shared link shows the
 * same span. Without them the range is the last 12 months up to the period in view.
 */
export function useHistoryRange(ctx: PresetContext | null): HistoryRange {
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const fromUrl = ctx && from && to ? rangeOfKind({ from, to }, ctx.kind) : null;
  const range = ctx
    ? ((fromUrl && clipRange(fromUrl)) ?? presetRange('last-12-months', ctx))
    : null;

  // One update for both keys: two navigations in a row would each start from the old URL.
  const setRange = useCallback(
    (next: PeriodRangeKeys | null) => {
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          if (next) {
            copy.set('from', next.from);
            copy.set('to', next.to);
          } else {
            copy.delete('from');
            copy.delete('to');
          }
          return copy;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return {
    range,
    preset: ctx && range ? matchingPreset(range, ctx) : null,
    setRange,
    setPreset: (preset) => {
      if (!ctx) return;
      // The default needs no parameters: the link then follows the period picker.
      setRange(preset === 'last-12-months' ? null : presetRange(preset, ctx));
    },
  };
}
