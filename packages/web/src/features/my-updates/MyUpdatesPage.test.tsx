import type { MyUpdatesResponse } from '@bearing/core';
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MockRequest, mockApi, writes } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { MyUpdatesPage } from './MyUpdatesPage.tsx';

configure({ asyncUtilTimeout: 5000 });

const item = (kpi: string, kpiName: string, scorecard = 'ops', value: number | null = null) => ({
  scorecard,
  scorecardName: scorecard === 'ops' ? 'Operations' : 'Finance',
  objective: 'service',
  kpi,
  kpiName,
  owner: 'ana@example.com',
  frequency: 'monthly' as const,
  period: '2026-11',
  dueBy: '2026-12-05',
  state: value === null ? ('overdue' as const) : ('entered' as const),
  value,
});

const UPDATES = {
  period: '2026-11',
  today: '2026-12-07',
  owner: 'ana@example.com',
  items: [
    item('nps', 'Net promoter score'),
    item('wait', 'Waiting time', 'ops', 12),
    item('margin', 'Gross margin', 'fin'),
  ],
} satisfies MyUpdatesResponse;

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderPage(url = '/w/lab/updates?period=2026-11') {
  renderWithProviders(<MyUpdatesPage />, { url, path: '/w/:ws/updates' });
}

const type = (label: string, text: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value: text } });

describe('MyUpdatesPage', () => {
  it('lists what the person owes across scorecards and saves every typed value at once', async () => {
    const requests = mockApi([
      { path: '/workspaces/lab/my-updates', reply: UPDATES },
      { method: 'POST', path: '/workspaces/lab/my-updates', reply: { written: 2 } },
    ]);
    renderPage();
    expect(await screen.findByText(/3 values owed, 2 still missing/)).toBeTruthy();
    expect(requests[0]!.query.get('period')).toBe('2026-11');
    expect(screen.getByRole('textbox', { name: 'Waiting time for 2026-11' })).toHaveProperty(
      'value',
      '12',
    );
    type('Net promoter score for 2026-11', '62,5');
    type('Gross margin for 2026-11', '1,234.5');
    fireEvent.click(screen.getByRole('button', { name: 'Save all' }));
    expect(await screen.findByText('Saved 2 values.')).toBeTruthy();
    expect(writes(requests)).toHaveLength(1);
    expect(writes(requests)[0]!.body).toEqual({
      values: [
        { scorecard: 'ops', kpi: 'nps', period: '2026-11', value: 62.5 },
        { scorecard: 'fin', kpi: 'margin', period: '2026-11', value: 1234.5 },
      ],
    });
  });

  it('marks text that is not a number at its row and sends nothing', async () => {
    const requests = mockApi([{ path: '/workspaces/lab/my-updates', reply: UPDATES }]);
    renderPage();
    await screen.findByText(/3 values owed/);
    type('Net promoter score for 2026-11', '62');
    type('Gross margin for 2026-11', 'n/a');
    fireEvent.click(screen.getByRole('button', { name: 'Save all' }));
    expect(await screen.findByText("Not a number: 'n/a'")).toBeTruthy();
    expect(writes(requests)).toHaveLength(0);
  });

  it('shows a value the server refuses at its row, saying nothing was saved', async () => {
    const requests: MockRequest[] = mockApi([
      { path: '/workspaces/lab/my-updates', reply: UPDATES },
      {
        method: 'POST',
        path: '/workspaces/lab/my-updates',
        reply: () => ({
          status: 422,
          body: {
            error: {
              code: 'VALUE_OUT_OF_RANGE',
              message: 'Gross margin cannot be negative',
              path: 'body.values.1.value',
            },
          },
        }),
      },
    ]);
    renderPage();
    await screen.findByText(/3 values owed/);
    type('Net promoter score for 2026-11', '40');
    type('Gross margin for 2026-11', '-3');
    fireEvent.click(screen.getByRole('button', { name: 'Save all' }));
    expect(await screen.findByText('Gross margin cannot be negative')).toBeTruthy();
    expect(
      screen.getByText('Nothing was saved: correct the marked value and save again.'),
    ).toBeTruthy();
    const margin = screen.getByRole('textbox', { name: 'Gross margin for 2026-11' });
    await waitFor(() => expect(margin.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('textbox', { name: 'Net promoter score for 2026-11' })).toHaveProperty(
      'value',
      '40',
    );
    expect(writes(requests)).toHaveLength(1);
  });

  it('says when the person owes nothing', async () => {
    mockApi([{ path: '/workspaces/lab/my-updates', reply: { ...UPDATES, items: [] } }]);
    renderPage();
    expect(
      await screen.findByText('No KPI values owned by ana@example.com fall due in 2026-11.'),
    ).toBeTruthy();
  });
});
