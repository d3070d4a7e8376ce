import { configure, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import {
  kpiScore,
  objectiveScore,
  perspectiveScore,
  scorecardScore,
} from '../../test/score-fixtures.ts';
import { DashboardPage } from './DashboardPage.tsx';

configure({ asyncUtilTimeout: 5000 });

// The dials are echarts drawings; their options are tested in gauge-option.test.ts.
vi.mock('./Gauge.tsx', () => ({
  Gauge: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const SC = '/workspaces/default/scorecards/acme';

const tree = scorecardScore([
  perspectiveScore(
    'customer',
    [
      objectiveScore('quality', {
        name: 'Quality',
        kpis: [
          kpiScore('returns', { name: 'Return rate', score: 0.2, value: 6, unit: '%' }),
          kpiScore('audits', { name: 'Audits', score: 0.45 }),
          kpiScore('nps', { name: 'NPS', score: null, value: null, overdue: true }),
        ],
      }),
    ],
    { name: 'Customer', score: 0.325 },
  ),
]);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DashboardPage', () => {
  it('shows the overall score, a dial per perspective and the lists, each linking on', async () => {
    mockApi([
      { path: `${SC}/scores`, reply: tree },
      {
        path: SC,
        reply: { id: 'acme', thresholds: { green: 0.8, amber: 0.5 }, objectives: [] },
      },
      {
        path: `${SC}/initiatives`,
        reply: {
          initiatives: [
            {
              id: 'qm',
              name: 'Quality programme',
              status: 'late',
              budget: 100,
              spent: 30,
              progress: 0.25,
              objective: 'quality',
              owner: 'COO',
              due: null,
            },
          ],
        },
      },
    ]);
    renderWithProviders(<DashboardPage />, {
      url: '/w/default/s/acme/dashboard?period=2026-06',
      path: '/w/:ws/s/:sc/dashboard',
    });
    expect(await screen.findByLabelText('Customer: 33%, Off track')).toBeTruthy();
    expect(screen.getByText('2 of 3 KPIs')).toBeTruthy();
    expect(screen.getByText('2 off track · 1 overdue')).toBeTruthy();

    const red = screen.getByText('Worst red KPIs').closest('.mantine-Card-root') as HTMLElement;
    const links = within(red)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual(['Return rate', 'Audits']);
    expect(within(red).getByRole('link', { name: 'Return rate' }).getAttribute('href')).toBe(
      '/w/default/s/acme/kpis/returns?period=2026-06',
    );

    const overdue = screen.getByText('Overdue KPIs').closest('.mantine-Card-root') as HTMLElement;
    expect(within(overdue).getByRole('link', { name: 'NPS' })).toBeTruthy();

    expect(await screen.findByText('1 Late')).toBeTruthy();
    expect(screen.getByText('Spent 30 of 100 budget')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Quality programme' }).getAttribute('href')).toBe(
      '/w/default/s/acme/objectives/quality?period=2026-06',
    );
  });

  it('explains a scorecard without values instead of showing an error', async () => {
    mockApi([
      {
        path: `${SC}/scores`,
        reply: () => ({
          status: 422,
          body: { error: { code: 'NO_DATA', message: 'no values yet', path: 'query.period' } },
        }),
      },
    ]);
    renderWithProviders(<DashboardPage />, {
      url: '/w/default/s/acme/dashboard',
      path: '/w/:ws/s/:sc/dashboard',
    });
    expect(await screen.findByText('No values yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Enter values' }).getAttribute('href')).toBe(
      '/w/default/s/acme/entry',
    );
  });
});
