import type { CycleSettings, WebhookResponse } from '@bearing/core';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MockRequest, mockApi, writes } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { WorkspaceSettingsPage } from './WorkspaceSettingsPage.tsx';

configure({ asyncUtilTimeout: 5000 });

const person = (role: string) => ({
  kind: 'account',
  accountId: 'a1',
  email: 'ana@example.com',
  name: 'Ana',
  instanceAdmin: false,
  memberships: [{ workspace: 'lab', role, scorecards: null }],
  tokenScope: null,
});

const CYCLE = {
  graceDays: 5,
  remindDaysBefore: 3,
  remindDaysAfter: 1,
  digestDay: 1,
} satisfies CycleSettings;

const HOOK = {
  id: 'w1',
  url: 'https://hooks.example.org/bearing',
  description: 'BI refresh',
  events: ['value.written'],
  active: true,
  createdAt: '2026-12-01T08:00:00.000Z',
} satisfies WebhookResponse;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function renderPage() {
  renderWithProviders(<WorkspaceSettingsPage />, {
    url: '/w/lab/settings',
    path: '/w/:ws/settings',
  });
}

describe('WorkspaceSettingsPage', () => {
  it('saves the update cycle, with a reminder switched off', async () => {
    const requests: MockRequest[] = mockApi([
      { path: '/auth/me', reply: { me: person('admin') } },
      { path: '/workspaces/lab/cycle/settings', reply: CYCLE },
      { method: 'PUT', path: '/workspaces/lab/cycle/settings', reply: { ...CYCLE, graceDays: 7 } },
      { path: '/workspaces/lab/webhooks', reply: { items: [] } },
    ]);
    renderPage();
    const grace = await screen.findByRole('textbox', { name: 'Grace days' });
    fireEvent.change(grace, { target: { value: '7' } });
    fireEvent.click(screen.getByRole('switch', { name: 'Remind before a value is due' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save cycle settings' }));
    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    expect(writes(requests)[0]!.body).toEqual({ ...CYCLE, graceDays: 7, remindDaysBefore: null });
  });

  it('adds a webhook and shows its secret once; sends a test and lists the delivery', async () => {
    let hooks: WebhookResponse[] = [];
    const requests: MockRequest[] = mockApi([
      { path: '/auth/me', reply: { me: person('admin') } },
      { path: '/workspaces/lab/cycle/settings', reply: CYCLE },
      { path: '/workspaces/lab/webhooks', reply: () => ({ status: 200, body: { items: hooks } }) },
      {
        method: 'POST',
        path: '/workspaces/lab/webhooks',
        reply: () => {
          hooks = [HOOK];
          return { status: 201, body: { ...HOOK, secret: 'whsec_abc123' } };
        },
      },
      {
        method: 'POST',
        path: '/workspaces/lab/webhooks/w1/test',
        reply: { id: 'd1', event: 'test', state: 'pending', attempts: 0 },
      },
      {
        path: '/workspaces/lab/webhooks/w1/deliveries',
        reply: {
          items: [
            {
              id: 'd1',
              event: 'test',
              state: 'failed',
              attempts: 5,
              lastStatus: 500,
              lastResponse: 'receiver down',
              lastError: null,
              createdAt: '2026-12-02T08:00:00.000Z',
              updatedAt: '2026-12-02T08:05:00.000Z',
              deliveredAt: null,
            },
          ],
        },
      },
    ]);
    renderPage();
    expect(await screen.findByText('No webhooks yet.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'URL' }), {
      target: { value: ' https://hooks.example.org/bearing ' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'A KPI changes status' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add webhook' }));
    expect(await screen.findByText('whsec_abc123')).toBeTruthy();
    expect(writes(requests)[0]!.body).toEqual({
      url: 'https://hooks.example.org/bearing',
      description: '',
      events: ['value.written', 'strategy.changed', 'import.finished'],
    });
    const card = within(await screen.findByLabelText('Webhook https://hooks.example.org/bearing'));
    fireEvent.click(card.getByRole('button', { name: 'Send test' }));
    const log = within(await card.findByRole('table', { name: 'Deliveries' }));
    expect(log.getByText('failed')).toBeTruthy();
    expect(log.getByText(/HTTP 500.*receiver down/)).toBeTruthy();
  });

  it('shows the field a refused URL is about', async () => {
    mockApi([
      { path: '/auth/me', reply: { me: person('admin') } },
      { path: '/workspaces/lab/cycle/settings', reply: CYCLE },
      { path: '/workspaces/lab/webhooks', reply: { items: [] } },
      {
        method: 'POST',
        path: '/workspaces/lab/webhooks',
        reply: () => ({
          status: 400,
          body: {
            error: {
              code: 'VALIDATION',
              message: 'expected an http:// or https:// URL',
              path: 'body.url',
            },
          },
        }),
      },
    ]);
    renderPage();
    await screen.findByText('No webhooks yet.');
    fireEvent.change(screen.getByRole('textbox', { name: 'URL' }), {
      target: { value: 'ftp://x' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add webhook' }));
    const url = screen.getByRole('textbox', { name: 'URL' });
    await waitFor(() => expect(url.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/expected an http:\/\/ or https:\/\/ URL/)).toBeTruthy();
  });

  it('offers nothing to change to someone who is not an administrator', async () => {
    const requests = mockApi([{ path: '/auth/me', reply: { me: person('editor') } }]);
    renderPage();
    expect(await screen.findByText('Administrators only')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save cycle settings' })).toBeNull();
    expect(requests.some((r) => r.path.includes('/webhooks'))).toBe(false);
  });
});
