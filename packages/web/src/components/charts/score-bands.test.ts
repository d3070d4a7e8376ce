import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../api/types.ts';
import { STATUS_HEX } from '../../lib/format.ts';
import { bandLabel, bandMarkArea, scoreData, statusBands, withAlpha } from './score-bands.ts';

const point = (score: number | null, status: HistoryPoint['status']): HistoryPoint =>
  ({
    period: '2026-01',
    score,
    status,
    value: null,
    coverage: { scored: 1, total: 1 },
  }) as HistoryPoint;

describe('status zones of the score axis', () => {
  it('splits 0..1 at the thresholds, red below amber and green from green', () => {
    expect(statusBands({ green: 0.8, amber: 0.5 })).toEqual([
      { status: 'red', from: 0, to: 0.5 },
      { status: 'amber', from: 0.5, to: 0.8 },
      { status: 'green', from: 0.8, to: 1 },
    ]);
  });

  it('leaves out an empty zone (amber equal to green)', () => {
    expect(statusBands({ green: 0.6, amber: 0.6 }).map((b) => b.status)).toEqual(['red', 'green']);
  });

  it('labels each zone with its rule in words', () => {
    expect(bandLabel({ status: 'green', from: 0.9, to: 1 })).toBe('On track ≥ 90%');
    expect(bandLabel({ status: 'red', from: 0, to: 0.6 })).toBe('Off track < 60%');
  });

  it('draws the zones as full-width areas in translucent status colours', () => {
    const area = bandMarkArea({ green: 0.8, amber: 0.5 }, false);
    const data = area.data as unknown as [Record<string, unknown>, Record<string, unknown>][];
    expect(data).toHaveLength(3);
    expect(data[0]?.[0]).toMatchObject({ yAxis: 0, itemStyle: { color: `${STATUS_HEX.red}1f` } });
    expect(data[0]?.[1]).toEqual({ yAxis: 0.5 });
  });

  it('makes hex colours translucent', () => {
    expect(withAlpha('#e03131', 1)).toBe('#e03131ff');
    expect(withAlpha('#e03131', 0)).toBe('#e0313100');
  });
});

describe('score points', () => {
  it('colours each point by the server status and leaves gaps for no score', () => {
    expect(scoreData([point(0.32, 'red'), point(null, 'none')])).toEqual([
      { value: 0.32, itemStyle: { color: STATUS_HEX.red } },
      null,
    ]);
  });
});
