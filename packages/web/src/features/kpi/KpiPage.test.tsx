import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KpiRecord } from '../../api/types.ts';
import { mockApi, type MockRequest } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';

// The chart itself is tested on its own; jsdom has no layout for echarts to measure.
vi.mock('../../components/charts/EChart.tsx', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const { KpiPage } = await import('./KpiPage.tsx');

configure({ asyncUtilTimeout: 5000 });

const SC = '/workspaces/default/scorecards/acme';

const returnRate = {
  id: 'return-rate',
  name: 'Product return rate',
  description: null,
  unit: '%',
  indicator: 'lagging',
  optimization: 'minimize',
  baseline: 8,
  target: 2,
  targets: {},
  min: null,
  max: null,
  weight: 1,
  frequency: 'monthly',
  aggregation: 'last',
  carryForward: false,
  thresholds: null,
  allowNegative: false,
  owner: 'QA lead',
  segment: null,
  outcome: null,
  objective: 'quality',
  version: 1,
} satisfies KpiRecord;

const kpiScore = {
  id: 'return-rate',
  name: 'Product return rate',
  score: 0.4333,
  status: 'red',
  coverage: { scored: 1, total: 1 },
  value: 5.4,
  progress: 0.4333,
  target: 2,
  baseline: 8,
  unit: '%',
  indicator: 'lagging',
  optimization: 'minimize',
  weight: 1,
  period: '2026-03',
  valuePeriod: '2026-03',
  stale: false,
  overdue: false,
};

const tree = {
  id: 'acme',
  name: 'Acme',
  period: '2026-03',
  score: 0.5,
  status: 'amber',
  coverage: { scored: 1, total: 1 },
  perspectives: [
    {
      id: 'customer',
      objectives: [{ id: 'quality', objectives: [], contributors: [], kpis: [kpiScore] }],
    },
  ],
};

function history(r: MockRequest) {
  const from = r.query.get('from') ?? '';
  const to = r.query.get('to') ?? '';
  const months: string[] = [];
  for (let [y, m] = from.split('-').map(Number) as [number, number]; ; m++) {
    if (m > 12) [y, m] = [y + 1, 1];
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key === to || months.length > 40) break;
  }
  const points = months.map((period) => ({
    period,
    score: period === '2026-03' ? 0.4333 : null,
    status: period === '2026-03' ? 'red' : 'none',
    value: period === '2026-03' ? 5.4 : null,
    coverage: { scored: 0, total: 1 },
  }));
  return { status: 200, body: { scorecard: 'acme', kpi: 'return-rate', from, to, points } };
}

function setup(
  url: string,
  explainExtra: Record<string, unknown> = {},
  kpi: KpiRecord = returnRate,
) {
  const requests = mockApi([
    { path: `${SC}/kpis`, reply: { kpis: [kpi] } },
    { path: `${SC}/scores`, reply: tree },
    {
      path: `${SC}/objectives`,
      reply: { objectives: [{ id: 'quality', name: 'Provide high product quality', version: 1 }] },
    },
    {
      path: '/workspaces/default/scorecards',
      reply: { scorecards: [{ id: 'acme', thresholds: { green: 0.8, amber: 0.5 } }] },
    },
    {
      path: `${SC}/kpis/return-rate/values`,
      reply: {
        values: [
          { period: '2026-03', value: 5.4, comment: null, version: 1, author: 'x', updatedAt: '' },
        ],
      },
    },
    { path: `${SC}/kpis/return-rate/history`, reply: history },
    {
      path: `${SC}/kpis/return-rate/explain`,
      reply: (r: MockRequest) => ({
        status: 200,
        body: {
          ...kpiScore,
          kpi: 'return-rate',
          period: r.query.get('period') ?? '2026-03',
          min: null,
          max: null,
          thresholds: { green: 0.8, amber: 0.5 },
          thresholdsFrom: 'scorecard',
          steps: [],
          ...explainExtra,
        },
      }),
    },
    { path: '/workspaces/default/changes', reply: { changes: [] } },
  ]);
  renderWithProviders(<KpiPage />, { url, path: '/w/:ws/s/:sc/kpis/:kpi' });
  return requests;
}

const historyRequests = (requests: MockRequest[]) =>
  requests
    .filter((r) => r.path.endsWith('/history'))
    .map((r) => `${r.query.get('from') ?? ''}..${r.query.get('to') ?? ''}`);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the KPI page', () => {
  it("shows the KPI's status and value against target in the period", async () => {
    setup('/w/default/s/acme/kpis/return-rate');
    expect(
      await screen.findByRole('heading', { name: 'Product return rate' }, { timeout: 5000 }),
    ).toBeTruthy();
    expect(
      await screen.findByText('Off track · 43%', { selector: '.mantine-Badge-label' }),
    ).toBeTruthy();
    expect(screen.getByText('5.4%')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Provide high product quality' })).toBeTruthy();
  });

  it('reads the history range from the URL and lists its periods in the grid', async () => {
    const requests = setup('/w/default/s/acme/kpis/return-rate?from=2026-01&to=2026-04');
    expect(await screen.findByLabelText('Value for Apr 2026', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByLabelText('Value for Jan 2026')).toBeTruthy();
    expect(screen.queryByLabelText('Value for May 2026')).toBeNull();
    await waitFor(() => expect(historyRequests(requests)).toContain('2026-01..2026-04'), {
      timeout: 5000,
    });
  });

  it('defaults to the last 12 months up to the period in view, and applies presets', async () => {
    const requests = setup('/w/default/s/acme/kpis/return-rate');
    await waitFor(() => expect(historyRequests(requests)).toContain('2025-04..2026-03'), {
      timeout: 5000,
    });
    // Nothing was fetched for a range anchored before the server said which period is latest.
    expect(historyRequests(requests)).toEqual(['2025-04..2026-03']);
    fireEvent.click(await screen.findByText('This year', {}, { timeout: 5000 }));
    await waitFor(() => expect(historyRequests(requests)).toContain('2026-01..2026-12'), {
      timeout: 5000,
    });
  });

  it('explains the period of a row when asked', async () => {
    const requests = setup('/w/default/s/acme/kpis/return-rate?from=2026-01&to=2026-04');
    fireEvent.click(
      await screen.findByRole(
        'button',
        { name: 'Explain the score for Feb 2026' },
        { timeout: 5000 },
      ),
    );
    await waitFor(
      () =>
        expect(
          requests.some((r) => r.path.endsWith('/explain') && r.query.get('period') === '2026-02'),
        ).toBe(true),
      { timeout: 5000 },
    );
  });

  it('says so when the scorecard has no such KPI', async () => {
    setup('/w/default/s/acme/kpis/nope');
    expect(await screen.findByText('Scorecard "acme" has no KPI "nope".')).toBeTruthy();
  });

  describe('of a calculated KPI', () => {
    const formula = '100 - [good] / [sales/shipped] * 100';
    const calculated: KpiRecord = { ...returnRate, formula };
    const input = (scorecard: string, kpi: string, name: string, value: number | null) => ({
      scorecard,
      kpi,
      name,
      reference: scorecard === 'acme' ? `[${kpi}]` : `[${scorecard}/${kpi}]`,
      period: '2026-03',
      value,
      stale: false,
      calculated: false,
    });
    const explained = {
      formula,
      inputs: [
        input('acme', 'good', 'Good units', 946),
        input('sales', 'shipped', 'Shipped', 1000),
      ],
    };

    it('lists what it is computed from, each input linked to its own KPI page with its value', async () => {
      setup('/w/default/s/acme/kpis/return-rate?period=2026-03', explained, calculated);
      const table = await screen.findByRole('table', { name: 'Inputs of the formula' });
      // Read from the formula at once, then with names and values once the explanation is in.
      expect(await within(table).findByText('946')).toBeTruthy();
      const links = within(table).getAllByRole('link');
      expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
        ['Good units', '/w/default/s/acme/kpis/good?period=2026-03'],
        ['Shipped', '/w/default/s/sales/kpis/shipped?period=2026-03'],
      ]);
      expect(within(table).getByText('1,000')).toBeTruthy();
      expect(screen.getByText('Calculated')).toBeTruthy();
    });

    it('has no value grid, and says why', async () => {
      setup('/w/default/s/acme/kpis/return-rate', explained, calculated);
      expect(await screen.findByText('No values to enter')).toBeTruthy();
      expect(screen.queryByLabelText(/^Value for /)).toBeNull();
    });

    it('lists the inputs in the explanation of the score', async () => {
      setup('/w/default/s/acme/kpis/return-rate', explained, calculated);
      const table = await screen.findByRole('table', { name: 'Inputs of the score' });
      expect(
        within(table)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual(['Good units', 'Shipped']);
    });
  });
});
