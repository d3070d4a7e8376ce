import { describe, expect, it } from 'vitest';
import { bandStops, gaugeOption } from './gauge-option.ts';

type Series = {
  data: { value: number }[];
  pointer: { show: boolean };
  detail: { formatter: () => string };
  axisLine: { lineStyle: { color: [number, string][] } };
};
const seriesOf = (option: ReturnType<typeof gaugeOption>) =>
  (option.series as unknown as Series[])[0]!;

describe('gauge option', () => {
  it("colours the dial with the scorecard's thresholds", () => {
    expect(bandStops({ green: 0.85, amber: 0.6 })).toEqual([
      [0.6, '#e03131'],
      [0.85, '#f59f00'],
      [1, '#0ca678'],
    ]);
  });

  it("shows the server's score as a rounded percentage", () => {
    const series = seriesOf(gaugeOption(0.7466, 'amber', { green: 0.8, amber: 0.5 }, false));
    expect(series.data[0]?.value).toBe(75);
    expect(series.detail.formatter()).toBe('75%');
    expect(series.pointer.show).toBe(true);
  });

  it('shows a dash and no pointer without a score', () => {
    const series = seriesOf(gaugeOption(null, 'none', { green: 0.8, amber: 0.5 }, true));
    expect(series.detail.formatter()).toBe('–');
    expect(series.pointer.show).toBe(false);
  });
});
