import { describe, expect, it } from 'vitest';
import { alignSeries } from './aligned-series.ts';
import { causeSeriesName, linkChartOption } from './link-chart-option.ts';
import { linkSeries } from './test-fixtures.ts';

const series = linkSeries([0.1, 0.2, 0.3], [0.4, 0.5, 0.6], ['2026-01', '2026-02', '2026-03']);

function option(lag: number) {
  return linkChartOption({
    aligned: alignSeries(series, lag),
    causeName: 'QA hours',
    effectName: 'Returns',
    lagText: `${lag} months`,
    dark: false,
  });
}

describe('linkChartOption', () => {
  it('draws the effect and the cause shifted by the lag on one score axis', () => {
    const built = option(1);
    const lines = built.series as { id: string; data: unknown[] }[];
    expect(lines.map((s) => s.id)).toEqual(['effect', 'cause']);
    expect(lines[0]?.data).toEqual([0.4, 0.5, 0.6]);
    expect(lines[1]?.data).toEqual([null, 0.1, 0.2]);
    expect(built.yAxis).toMatchObject({ min: 0, max: 1 });
    expect((built.xAxis as { data: string[] }).data).toHaveLength(3);
  });

  it('names the cause as shifted, unless the lag is 0', () => {
    const aligned = alignSeries(series, 2);
    expect(causeSeriesName({ aligned, causeName: 'QA hours', lagText: '2 months' })).toBe(
      'Cause: QA hours (2 months earlier)',
    );
    expect(
      causeSeriesName({ aligned: alignSeries(series, 0), causeName: 'QA hours', lagText: '0' }),
    ).toBe('Cause: QA hours');
  });
});
