import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, writes } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import {
  kpiScore,
  objectiveScore,
  perspectiveScore,
  scorecardScore,
} from '../../test/score-fixtures.ts';
import { ScorecardIndexPage } from './ScorecardIndexPage.tsx';

configure({ asyncUtilTimeout: 5000 });

const WS = '/workspaces/lab';

function renderIndex() {
  renderWithProviders(<ScorecardIndexPage />, { url: '/w/lab', path: '/w/:ws' });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ScorecardIndexPage', () => {
  it('welcomes an empty workspace with the three ways to start', async () => {
    mockApi([
      { path: `${WS}/scorecards`, reply: { scorecards: [] } },
      { path: '/workspaces', reply: { workspaces: [] } },
    ]);
    renderIndex();
    expect(await screen.findByText('Welcome to Bearing')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start the wizard' }).getAttribute('href')).toBe(
      '/w/lab/wizard',
    );
    expect(screen.getByRole('link', { name: 'Browse templates' }).getAttribute('href')).toBe(
      '/w/lab/templates',
    );
    expect(screen.getByRole('button', { name: 'New scorecard' })).toBeTruthy();
  });

  it('creates a scorecard with the four perspectives and shows a taken id under the field', async () => {
    const requests = mockApi([
      { path: `${WS}/scorecards`, reply: { scorecards: [] } },
      { path: '/workspaces', reply: { workspaces: [] } },
      {
        method: 'POST',
        path: `${WS}/scorecards`,
        reply: () => ({
          status: 409,
          body: {
            error: { code: 'DUPLICATE_KEY', message: 'scorecard "sales" exists', path: 'body.id' },
          },
        }),
      },
    ]);
    renderIndex();
    fireEvent.click(await screen.findByRole('button', { name: 'New scorecard' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Name' }), {
      target: { value: 'Sales' },
    });
    expect(screen.getByRole('textbox', { name: 'Id' }).getAttribute('value')).toBe('sales');
    fireEvent.click(screen.getByRole('button', { name: 'Create scorecard' }));
    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    const body = writes(requests)[0]?.body as { id: string; perspectives: { id: string }[] };
    expect(body.id).toBe('sales');
    expect(body.perspectives.map((p) => p.id)).toEqual([
      'financial',
      'customer',
      'internal',
      'learning',
    ]);
    expect(await screen.findByText('scorecard "sales" exists')).toBeTruthy();
  });

  it("shows each scorecard's score, status, counts and perspectives from the API", async () => {
    const tree = scorecardScore([
      perspectiveScore(
        'financial',
        [objectiveScore('a', { kpis: [kpiScore('k1'), kpiScore('k2', { value: null })] })],
        { name: 'Financial', score: 0.75 },
      ),
    ]);
    mockApi([
      {
        path: `${WS}/scorecards`,
        reply: {
          scorecards: [{ id: 'acme', name: 'Acme', owner: 'Board', version: 1, thresholds: {} }],
        },
      },
      { path: '/workspaces', reply: { workspaces: [] } },
      { path: `${WS}/scorecards/acme/scores`, reply: tree },
    ]);
    renderIndex();
    expect(await screen.findByText('1 objectives · 2 KPIs · 1 with data')).toBeTruthy();
    expect(screen.getByText('At risk')).toBeTruthy();
    expect(screen.getByText('75%')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Acme' }).getAttribute('href')).toBe(
      '/w/lab/s/acme/dashboard',
    );
    expect(screen.getByRole('link', { name: 'Map' }).getAttribute('href')).toBe(
      '/w/lab/s/acme/map',
    );
  });
});
