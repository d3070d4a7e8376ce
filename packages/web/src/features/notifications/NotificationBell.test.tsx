import type { NotificationListResponse } from '@bearing/core';
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MockRequest, mockApi, writes } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { NotificationBell } from './NotificationBell.tsx';

configure({ asyncUtilTimeout: 5000 });

const owner = {
  kind: 'account',
  accountId: 'a1',
  email: 'ana@example.com',
  name: 'Ana',
  instanceAdmin: false,
  memberships: [{ workspace: 'lab', role: 'updater', scorecards: null }],
  tokenScope: null,
};

const LIST = {
  unread: 1,
  items: [
    {
      id: 'n2',
      workspace: 'lab',
      kind: 'reminder.overdue',
      title: '2 values overdue for 2026-11',
      body: 'Net promoter score, Waiting time',
      link: '/w/lab/updates?period=2026-11',
      createdAt: '2026-12-07T08:00:00.000Z',
      readAt: null,
    },
    {
      id: 'n1',
      workspace: 'lab',
      kind: 'kpi.red',
      title: 'Waiting time turned red',
      body: '',
      link: '/w/lab/s/ops/kpis/wait',
      createdAt: '2026-12-01T08:00:00.000Z',
      readAt: '2026-12-01T09:00:00.000Z',
    },
  ],
} satisfies NotificationListResponse;

function WhereAmI() {
  const location = useLocation();
  return <output aria-label="location">{location.pathname + location.search}</output>;
}

function renderBell() {
  renderWithProviders(
    <>
      <NotificationBell />
      <WhereAmI />
    </>,
    { url: '/w/lab/collection' },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('NotificationBell', () => {
  it('shows the unread count and opens a notification at its link, marking it read', async () => {
    const requests = mockApi([
      { path: '/auth/me', reply: { me: owner } },
      { path: '/notifications', reply: LIST },
      { method: 'POST', path: '/notifications/read', reply: { unread: 0 } },
    ]);
    renderBell();
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications: 1 unread' }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Unread: 2 values overdue for 2026-11' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'location' }).textContent).toBe(
        '/w/lab/updates?period=2026-11',
      ),
    );
    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    expect(writes(requests)[0]).toMatchObject({
      path: '/notifications/read',
      body: { ids: ['n2'] },
    });
  });

  it('marks everything read at once, and does not mark a read one again', async () => {
    const requests = mockApi([
      { path: '/auth/me', reply: { me: owner } },
      { path: '/notifications', reply: LIST },
      { method: 'POST', path: '/notifications/read', reply: { unread: 0 } },
    ]);
    renderBell();
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications: 1 unread' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    expect(writes(requests)[0]!.body).toEqual({ all: true });
    // The list stays open after "Mark all read".
    fireEvent.click(await screen.findByLabelText('Waiting time turned red'));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'location' }).textContent).toBe(
        '/w/lab/s/ops/kpis/wait',
      ),
    );
    expect(writes(requests)).toHaveLength(1);
  });

  it('is not there in local mode, and asks for no notifications', async () => {
    const requests: MockRequest[] = mockApi([
      { path: '/auth/me', reply: { me: { ...owner, kind: 'local', memberships: [] } } },
    ]);
    renderBell();
    await waitFor(() => expect(requests.some((r) => r.path === '/auth/me')).toBe(true));
    expect(screen.queryByRole('button', { name: /^Notifications/ })).toBeNull();
    expect(requests.some((r) => r.path === '/notifications')).toBe(false);
  });
});
