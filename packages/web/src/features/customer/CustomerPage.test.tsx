import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { mockApi } from '../../test/mock-api.ts';
import { CustomerPage } from './CustomerPage.tsx';
import { GEAR } from './test-fixtures.ts';

const objective = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
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
  kpis: [],
  initiatives: [],
  ...extra,
});

const kpi = (id: string, extra: Record<string, unknown>) => ({
  id,
  name: id,
  unit: '%',
  indicator: 'lagging',
  segment: null,
  outcome: null,
  values: [],
  ...extra,
});

const detail = (customer: unknown) => ({
  id: 'gear',
  name: 'Gear scorecard',
  description: null,
  owner: null,
  thresholds: { green: 0.8, amber: 0.5 },
  customer,
  version: 1,
  perspectives: [
    { id: 'financial', name: 'Financial', weight: 1 },
    { id: 'customer', name: 'Customer', weight: 1 },
  ],
  objectives: [
    objective('umbrella', 'Add and retain high-value customers', {
      stakeholder: 'customers',
      kpis: [kpi('climbers-retention', { segment: 'climbers', outcome: 'retention' })],
    }),
    objective('performance', 'Products that outperform', { stakeholder: 'customers' }),
    objective('quality', 'Provide high product quality', { stakeholder: 'customers' }),
  ],
  links: [],
});

const scores = {
  id: 'gear',
  name: 'Gear scorecard',
  period: '2026-06',
  score: 0.7,
  status: 'amber',
  coverage: { scored: 1, total: 1 },
  perspectives: [
    {
      id: 'customer',
      name: 'Customer',
      score: 0.7,
      status: 'amber',
      coverage: { scored: 1, total: 1 },
      weight: 1,
      objectives: [
        {
          id: 'umbrella',
          name: 'Add and retain high-value customers',
          scorecard: 'gear',
          perspective: 'customer',
          score: 0.7,
          status: 'amber',
          coverage: { scored: 1, total: 1 },
          weight: 1,
          rollup: 'weighted',
          objectives: [],
          contributors: [],
          kpis: [
            {
              id: 'climbers-retention',
              name: 'climbers-retention',
              score: 0.3,
              status: 'red',
              coverage: { scored: 1, total: 1 },
              value: 71,
              progress: 0.3,
              target: 80,
              baseline: 70,
              unit: '%',
              indicator: 'lagging',
              optimization: 'maximize',
              weight: 1,
              period: '2026-06',
              valuePeriod: '2026-06',
              stale: false,
              overdue: false,
            },
          ],
        },
      ],
    },
  ],
};

const finding = (rule: string, category: string, severity: string, message: string) => ({
  rule,
  severity,
  category,
  scorecard: 'gear',
  objective: null,
  kpi: null,
  message,
  why: `Why ${rule} matters.`,
  suggestion: `Fix ${rule}.`,
  fix: null,
});

/** What the server's linter says of GEAR: the panel must show its customer findings, no more. */
const lint = {
  scorecard: 'gear',
  name: 'Gear scorecard',
  findings: [
    finding(
      'kpi-without-owner',
      'measurement',
      'warning',
      'KPI "climbers-retention" has no owner.',
    ),
    finding(
      'partners-missing',
      'customer',
      'warning',
      'Partner stakeholder "Outdoor dealers" has no objective.',
    ),
    finding(
      'segment-without-outcome-measures',
      'customer',
      'warning',
      'Targeted segment "Weekend hikers" has no outcome measure.',
    ),
    finding(
      'value-not-delivered',
      'customer',
      'info',
      'Nothing delivers brand, which "Weekend hikers" values.',
    ),
  ],
  quality: null,
};

function renderPage(customer: unknown, findings = lint) {
  mockApi([
    { path: '/workspaces/default/scorecards/gear', reply: detail(customer) },
    { path: '/workspaces/default/scorecards/gear/scores', reply: scores },
    { path: '/workspaces/default/scorecards/gear/lint', reply: findings },
  ]);
  renderWithProviders(<CustomerPage />, {
    url: '/w/default/s/gear/customer',
    path: '/w/:ws/s/:sc/customer',
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('CustomerPage', () => {
  it('shows the linter’s customer findings as gaps and notes, with why and what to do', async () => {
    renderPage(GEAR);
    expect(
      await screen.findByText('Targeted segment "Weekend hikers" has no outcome measure.'),
    ).toBeTruthy();
    expect(
      screen.getByText('Partner stakeholder "Outdoor dealers" has no objective.'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: '2 gaps to close, 1 note' })).toBeTruthy();
    expect(screen.getByText('Fix partners-missing.')).toBeTruthy();
    expect(screen.queryByText('KPI "climbers-retention" has no owner.')).toBeNull();
  });

  it('gives the all-clear when the linter has no customer finding', async () => {
    renderPage(GEAR, { ...lint, findings: lint.findings.slice(0, 1) });
    expect(await screen.findByText('No gaps in the customer perspective')).toBeTruthy();
  });

  it('lists stakeholders by kind with their needs and the objectives serving them', async () => {
    renderPage(GEAR);
    const section = await screen.findByRole('region', { name: 'Stakeholders and their needs' });
    expect(within(section).getByText('“Good margins”')).toBeTruthy();
    expect(within(section).getByText('No objective states what they need')).toBeTruthy();
    expect(
      within(section)
        .getByRole('link', { name: 'Provide high product quality' })
        .getAttribute('href'),
    ).toBe('/w/default/s/gear/objectives/quality');
  });

  it('shows each segment’s outcome measures with the server’s score', async () => {
    renderPage(GEAR);
    const table = await screen.findByRole('table', { name: 'Outcome measures per segment' });
    const climbers = within(table).getByText('Alpine climbers').closest('tr');
    expect(climbers?.textContent).toMatch(/71%/);
    expect(climbers?.textContent).toMatch(/Off track · 30%/);
    const hikers = within(table).getByText('Weekend hikers').closest('tr');
    expect(hikers?.textContent).toMatch(/No outcome measures/);
  });

  it('marks what a segment values but nothing delivers in the matrix', async () => {
    renderPage(GEAR);
    const matrix = await screen.findByRole('table', { name: 'Segments by value attribute' });
    expect(
      within(matrix).getByRole('img', { name: 'Brand: Valued, but no objective delivers it' }),
    ).toBeTruthy();
  });

  it('explains what to do when the scorecard has no customer section', async () => {
    renderPage(null);
    expect(
      await screen.findByText('This scorecard does not say who its customers are'),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: /Open the strategy wizard/ }).getAttribute('href'),
    ).toBe('/w/default/wizard');
    expect(screen.getByText('Products that outperform')).toBeTruthy();
  });
});
