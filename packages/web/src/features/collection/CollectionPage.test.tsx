import type { CollectionReportResponse as CollectionReport } from '@bearing/core';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, writes } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { CollectionPage } from './CollectionPage.tsx';

configure({ asyncUtilTimeout: 5000 });

const counts = (entered: number, due: number, overdue: number, upcoming = 0) => ({
  entered,
  due,
  overdue,
  upcoming,
});

const REPORT = {
  period: '2026-11',
  today: '2026-12-09',
  graceDays: 5,
  counts: counts(1, 0, 2),
  owners: [
    { key: 'ana lima', name: 'Ana Lima', counts: counts(1, 0, 1) },
    { key: null, name: 'no owner', counts: counts(0, 0, 1) },
  ],
  scorecards: [{ key: 'ops', name: 'Operations', counts: counts(1, 0, 2) }],
  items: [
    {
      scorecard: 'ops',
      scorecardName: 'Operations',
      objective: 'service',
      kpi: 'wait',
      kpiName: 'Waiting time',
      owner: 'Ana Lima',
      frequency: 'monthly',
      period: '2026-11',
      dueBy: '2026-12-05',
      state: 'entered',
      value: 12,
    },
    {
      scorecard: 'ops',
      scorecardName: 'Operations',
      objective: 'service',
      kpi: 'nps',
      kpiName: 'Net promoter score',
      owner: 'Ana Lima',
      frequency: 'monthly',
      period: '2026-11',
      dueBy: '2026-12-05',
      state: 'overdue',
      value: null,
    },
    {
      scorecard: 'ops',
      scorecardName: 'Operations',
      objective: 'staff',
      kpi: 'turnover',
      kpiName: 'Staff turnover',
      owner: null,
      frequency: 'monthly',
      period: '2026-11',
      dueBy: '2026-12-05',
      state: 'overdue',
      value: null,
    },
  ],
} satisfies CollectionReport;

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderPage(url = '/w/lab/collection') {
  renderWithProviders(<CollectionPage />, { url, path: '/w/:ws/collection' });
}

describe('CollectionPage (update status)', () => {
  it('shows the counts, the owners and every missing value with a link to enter it', async () => {
    mockApi([{ path: '/workspaces/lab/collection', reply: REPORT }]);
    renderPage();
    expect(await screen.findByText('2 overdue')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Update status' })).toBeTruthy();
    const owners = within(screen.getByRole('table', { name: 'By owner' }));
    expect(owners.getByText('Ana Lima')).toBeTruthy();
    const missing = within(screen.getByRole('table', { name: 'Missing values' }));
    expect(missing.getAllByRole('row')).toHaveLength(3);
    expect(missing.queryByText('Waiting time')).toBeNull();
    expect(
      missing
        .getByRole('link', { name: 'Enter Net promoter score for 2026-11' })
        .getAttribute('href'),
    ).toBe('/w/lab/s/ops/entry?period=2026-11');
    expect(missing.getByRole('link', { name: 'Staff turnover' }).getAttribute('href')).toBe(
      '/w/lab/s/ops/kpis/turnover',
    );
  });

  it('asks the server for the chosen period and grace days, and can show everything owed', async () => {
    const requests = mockApi([{ path: '/workspaces/lab/collection', reply: REPORT }]);
    renderPage('/w/lab/collection?period=2026-11&grace=10');
    await screen.findByText('2 overdue');
    const last = requests.filter((r) => r.path === '/workspaces/lab/collection').at(-1)!;
    expect(last.query.get('period')).toBe('2026-11');
    expect(last.query.get('graceDays')).toBe('10');
    fireEvent.click(screen.getByText('Everything owed'));
    const all = within(await screen.findByRole('table', { name: 'Everything owed' }));
    expect(all.getByText('Waiting time')).toBeTruthy();
    expect(all.getByText('12')).toBeTruthy();
  });

  it('says when nothing falls due', async () => {
    mockApi([
      {
        path: '/workspaces/lab/collection',
        reply: { ...REPORT, period: '2026-W48', items: [], owners: [], scorecards: [] },
      },
    ]);
    renderPage();
    expect(await screen.findByText('No KPI values fall due in 2026-W48.')).toBeTruthy();
  });

  it('reminds one owner, or everyone who owes values, and says who could not be reminded', async () => {
    const requests = mockApi([
      { path: '/workspaces/lab/collection', reply: REPORT },
      { path: '/mail', reply: { configured: true } },
      {
        method: 'POST',
        path: '/workspaces/lab/cycle/remind',
        reply: {
          queued: 1,
          skipped: [{ owner: 'Ben Ode', reason: 'no account has this e-mail address' }],
        },
      },
    ]);
    renderPage();
    const owners = within(await screen.findByRole('table', { name: 'By owner' }));
    fireEvent.click(owners.getByRole('button', { name: 'Remind ana lima' }));
    expect(await screen.findByText('Reminded 1 person.')).toBeTruthy();
    expect(screen.getByText('Ben Ode: no account has this e-mail address')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remind everyone who owes values' }));
    await waitFor(() => expect(writes(requests)).toHaveLength(2));
    expect(writes(requests).map((r) => r.body)).toEqual([
      { period: '2026-11', owners: ['ana lima'] },
      { period: '2026-11' },
    ]);
    expect(screen.queryByText('E-mail is not set up')).toBeNull();
  });

  it('says so when the server sends no e-mail', async () => {
    mockApi([
      { path: '/workspaces/lab/collection', reply: REPORT },
      { path: '/mail', reply: { configured: false } },
    ]);
    renderPage();
    expect(await screen.findByText('E-mail is not set up')).toBeTruthy();
    expect(screen.getByText(/reminders reach owners only as notifications/)).toBeTruthy();
  });
});
