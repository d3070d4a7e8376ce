import { describe, expect, it } from 'vitest';
import { alignSeries } from './aligned-series.ts';
import { linkSeries } from './test-fixtures.ts';

const PERIODS = ['2026-01', '2026-02', '2026-03', '2026-04'];

describe('alignSeries', () => {
  it('draws the cause lag steps later, under the effect it is said to move', () => {
    const aligned = alignSeries(linkSeries([0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8], PERIODS), 2);
    expect(aligned.periods).toEqual(PERIODS);
    expect(aligned.effect).toEqual([0.5, 0.6, 0.7, 0.8]);
    expect(aligned.cause).toEqual([null, null, 0.1, 0.2]);
    expect(aligned.causePeriods).toEqual([null, null, '2026-01', '2026-02']);
    expect(aligned.lag).toBe(2);
  });

  it('keeps both series as they are at lag 0 and for an untested link', () => {
    const series = linkSeries([0.1, null, 0.3, 0.4], [0.5, 0.6, null, 0.8], PERIODS);
    for (const lag of [0, null]) {
      const aligned = alignSeries(series, lag);
      expect(aligned.cause).toEqual([0.1, null, 0.3, 0.4]);
      expect(aligned.effect).toEqual([0.5, 0.6, null, 0.8]);
      expect(aligned.lag).toBe(0);
    }
  });

  it('leaves a gap where the earlier cause period was not observed', () => {
    const aligned = alignSeries(
      linkSeries([null, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8], PERIODS),
      1,
    );
    expect(aligned.cause).toEqual([null, null, 0.2, 0.3]);
  });
});
