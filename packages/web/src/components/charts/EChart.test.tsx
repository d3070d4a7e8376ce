import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChartOption } from './echarts-setup.ts';

interface FakeChart {
  setOption: ReturnType<typeof vi.fn>;
  resize: ReturnType<typeof vi.fn>;
  dispose: ReturnType<typeof vi.fn>;
  on: ReturnType<typeof vi.fn>;
  dark: boolean;
}

const charts: FakeChart[] = [];

vi.mock('./echarts-setup.ts', () => ({
  createChart: (_element: HTMLElement, dark: boolean) => {
    const chart: FakeChart = {
      setOption: vi.fn(),
      resize: vi.fn(),
      dispose: vi.fn(),
      on: vi.fn(),
      dark,
    };
    charts.push(chart);
    return chart;
  },
}));

const { EChart } = await import('./EChart.tsx');

const option: ChartOption = { series: [{ type: 'line', data: [1, 2] }] };

function renderChart(scheme: 'light' | 'dark', onPointClick?: (c: { dataIndex: number }) => void) {
  return render(
    <MantineProvider forceColorScheme={scheme}>
      <EChart option={option} label="History" {...(onPointClick ? { onPointClick } : {})} />
    </MantineProvider>,
  );
}

afterEach(() => {
  charts.length = 0;
});

describe('the echarts wrapper', () => {
  it('creates the chart, applies the option whole on a transparent background', () => {
    renderChart('light');
    expect(charts).toHaveLength(1);
    expect(charts[0]?.dark).toBe(false);
    expect(charts[0]?.setOption).toHaveBeenCalledWith(
      { backgroundColor: 'transparent', ...option },
      { notMerge: true },
    );
  });

  it('uses the dark theme in dark mode and disposes the chart on unmount', () => {
    const { unmount } = renderChart('dark');
    expect(charts[0]?.dark).toBe(true);
    unmount();
    expect(charts[0]?.dispose).toHaveBeenCalled();
  });

  it('is an image with a label for screen readers', () => {
    const { getByRole } = renderChart('light');
    expect(getByRole('img', { name: 'History' })).toBeTruthy();
  });

  it('reports a click on a point with its index', () => {
    const clicks: number[] = [];
    renderChart('light', ({ dataIndex }) => clicks.push(dataIndex));
    const [event, handler] = charts[0]?.on.mock.calls[0] as [string, (p: unknown) => void];
    expect(event).toBe('click');
    handler({ dataIndex: 3, seriesId: 'value' });
    handler({ name: 'legend' });
    expect(clicks).toEqual([3]);
  });
});
