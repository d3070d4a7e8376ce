import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, type MockRequest } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';

// The chart is tested on its own; jsdom has no layout for echarts to measure.
vi.mock('../../components/charts/EChart.tsx', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const { ObjectivePage } = await import('./ObjectivePage.tsx');

const SC = '/workspaces/default/scorecards/acme';

const objective = (id: string, name: string, extra: object = {}) => ({
  id,
  name,
  perspective: 'customer',
  weight: 1,
  rollup: 'weighted',
  owner: null,
  description: null,
  parent: null,
  contributesTo: null,
  stakeholder: null,
  segment: null,
  version: 1,
  ...extra,
});

const kpiScore = {
  id: 'return-rate',
  name: 'Product return rate',
  score: 0.73,
  status: 'amber',
  value: 3.6,
  target: 2,
  unit: '%',
};

function setup(url: string) {
  const requests = mockApi([
    {
      path: `${SC}/objectives`,
      reply: {
        objectives: [
          objective('quality', 'Provide high product quality', { owner: 'Head of Quality' }),
          objective('qa', 'Strengthen quality assurance', { perspective: 'internal' }),
          objective('loyalty', 'Earn customer loyalty'),
        ],
      },
    },
    {
      path: `${SC}/scores`,
      reply: {
        id: 'acme',
        period: '2026-06',
        perspectives: [
          {
            id: 'customer',
            objectives: [
              {
                id: 'quality',
                score: 0.73,
                status: 'amber',
                coverage: { scored: 1, total: 1 },
                objectives: [],
                contributors: [],
                kpis: [kpiScore],
              },
            ],
          },
        ],
      },
    },
    { path: SC, reply: { id: 'acme', thresholds: { green: 0.8, amber: 0.5 }, customer: null } },
    {
      path: `${SC}/perspectives`,
      reply: { perspectives: [{ id: 'customer', name: 'Customer', weight: 1 }] },
    },
    {
      path: `${SC}/kpis`,
      reply: {
        kpis: [
          { id: 'return-rate', name: 'Product return rate', objective: 'quality', unit: '%' },
          { id: 'nps', name: 'Net Promoter Score', objective: 'loyalty' },
        ],
      },
    },
    {
      path: `${SC}/initiatives`,
      reply: {
        initiatives: [
          {
            id: 'qm',
            name: 'Quality programme',
            owner: 'COO',
            status: 'on-track',
            progress: 0.25,
            due: '2026-12-31',
            objective: 'quality',
            version: 1,
          },
        ],
      },
    },
    {
      path: `${SC}/links`,
      reply: {
        links: [
          {
            id: 'qa->quality',
            from: 'qa',
            to: 'quality',
            hypothesis: 'QA finds defects earlier',
            lag: { count: 2, unit: 'month' },
            version: 1,
          },
          {
            id: 'quality->loyalty',
            from: 'quality',
            to: 'loyalty',
            hypothesis: null,
            lag: null,
            version: 1,
          },
        ],
      },
    },
    {
      path: `${SC}/objectives/quality/history`,
      reply: (r: MockRequest) => ({
        status: 200,
        body: { points: [], from: r.query.get('from'), to: r.query.get('to') },
      }),
    },
  ]);
  renderWithProviders(<ObjectivePage />, { url, path: '/w/:ws/s/:sc/objectives/:objective' });
  return requests;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the objective page', () => {
  it('shows the objective with its perspective, status and score', async () => {
    setup('/w/default/s/acme/objectives/quality');
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Provide high product quality' },
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    const heading = screen.getByRole('heading', { name: 'Provide high product quality' });
    expect(await within(heading.parentElement!).findByText('At risk · 73%')).toBeTruthy();
    expect(screen.getAllByText('Customer').length).toBeGreaterThan(0);
  });

  it('lists its own KPIs with value, target and a link that keeps the period', async () => {
    setup('/w/default/s/acme/objectives/quality?period=2026-06');
    const link = await screen.findByRole(
      'link',
      { name: 'Product return rate' },
      { timeout: 5000 },
    );
    expect(link.getAttribute('href')).toBe('/w/default/s/acme/kpis/return-rate?period=2026-06');
    const row = link.closest('tr')!;
    expect(within(row).getByText('3.6%')).toBeTruthy();
    expect(within(row).getByText('2%')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Net Promoter Score' })).toBeNull();
  });

  it('shows what drives it and what it drives, with the hypotheses', async () => {
    setup('/w/default/s/acme/objectives/quality');
    expect(await screen.findByText('QA finds defects earlier', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Strengthen quality assurance' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Earn customer loyalty' })).toBeTruthy();
    expect(screen.getByText('lag 2 months')).toBeTruthy();
  });

  it('fetches the roll-up history for the last 12 months up to the period in view', async () => {
    const requests = setup('/w/default/s/acme/objectives/quality');
    await waitFor(
      () => {
        const history = requests.find((r) => r.path.endsWith('/history'));
        expect(history?.query.get('from')).toBe('2025-07');
        expect(history?.query.get('to')).toBe('2026-06');
      },
      { timeout: 5000 },
    );
  });

  it('opens an initiative from the URL, and "Add initiative" from the button', async () => {
    setup('/w/default/s/acme/objectives/quality?initiative=qm');
    expect(
      await screen.findByRole(
        'dialog',
        { name: 'Initiative: Quality programme' },
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Add initiative' }));
    expect(await screen.findByRole('dialog', { name: 'Add an initiative' })).toBeTruthy();
  });
});
