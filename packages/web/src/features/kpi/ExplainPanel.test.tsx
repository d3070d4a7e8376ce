import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { ExplainPanel } from './ExplainPanel.tsx';

const EXPLAIN = '/workspaces/default/scorecards/acme/kpis/nps/explain';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('"Why is this red?"', () => {
  it('asks the server for the period in view and lists its steps in order', async () => {
    const requests = mockApi([
      {
        path: EXPLAIN,
        reply: {
          scorecard: 'acme',
          kpi: 'nps',
          name: 'Net Promoter Score',
          period: '2026-Q1',
          score: 0.32,
          status: 'red',
          value: 28,
          valuePeriod: '2026-03',
          stale: false,
          overdue: false,
          progress: 0.32,
          target: 45,
          baseline: 20,
          min: null,
          max: null,
          unit: null,
          optimization: 'maximize',
          thresholds: { green: 0.8, amber: 0.5 },
          thresholdsFrom: 'scorecard',
          steps: [
            { step: 'Used the value for 2026-03', formula: 'value = 28', numbers: {} },
            { step: 'Target in force: the KPI target', formula: 'target = 45', numbers: {} },
            {
              step: 'Maximize on the scale 20..45',
              formula: 'clamp01((28 − 20) / (45 − 20)) = 0.32',
              numbers: {},
            },
            {
              step: "Status by the scorecard's thresholds",
              formula: '0.32 < amber 0.5 → red',
              numbers: {},
            },
          ],
        },
      },
    ]);
    renderWithProviders(<ExplainPanel ws="default" sc="acme" kpi="nps" period="2026-Q1" />);
    expect(await screen.findByRole('heading', { name: 'Why is this off track?' })).toBeTruthy();
    expect(requests[0]?.query.get('period')).toBe('2026-Q1');
    const items = within(screen.getByTestId('explain-steps')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Used the value for Mar 2026value = 28',
      'Target in force: the KPI targettarget = 45',
      'Maximize on the scale 20..45clamp01((28 − 20) / (45 − 20)) = 0.32',
      "Status by the scorecard's thresholds0.32 < amber 0.5 → red",
    ]);
    expect(
      screen.getByText(
        "Off track: the score 32% is below amber (50%) (the scorecard's thresholds).",
      ),
    ).toBeTruthy();
  });

  it('says plainly when there is nothing to explain yet', async () => {
    mockApi([
      {
        path: EXPLAIN,
        reply: () => ({
          status: 422,
          body: { error: { code: 'NO_DATA', message: 'no values', path: '' } },
        }),
      },
    ]);
    renderWithProviders(<ExplainPanel ws="default" sc="acme" kpi="nps" period={null} />);
    expect(await screen.findByText('Nothing to explain yet')).toBeTruthy();
  });
});
