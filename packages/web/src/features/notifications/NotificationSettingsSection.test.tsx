import type { NotificationSettingsResponse } from '@bearing/core';
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MockRequest, mockApi, writes } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { NotificationSettingsSection } from './NotificationSettingsSection.tsx';

configure({ asyncUtilTimeout: 5000 });

const SETTINGS = {
  emailConfigured: false,
  kinds: [
    { kind: 'reminder.overdue', label: 'A value of mine is overdue', inApp: true, email: true },
    { kind: 'kpi.red', label: 'A KPI turned red', inApp: true, email: false },
  ],
} satisfies NotificationSettingsResponse;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('NotificationSettingsSection', () => {
  it('saves one channel of one kind at once, keeping the other, and shows the muted state', async () => {
    const requests: MockRequest[] = mockApi([
      { path: '/notifications/settings', reply: SETTINGS },
      {
        method: 'PUT',
        path: '/notifications/settings',
        reply: {
          ...SETTINGS,
          kinds: [SETTINGS.kinds[0], { ...SETTINGS.kinds[1], inApp: false }],
        },
      },
    ]);
    renderWithProviders(<NotificationSettingsSection />);
    expect(await screen.findByText(/This server sends no e-mail/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'A KPI turned red: in Bearing' }));
    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    expect(writes(requests)[0]!.body).toEqual({
      kinds: [{ kind: 'kpi.red', inApp: false, email: false }],
    });
    expect(await screen.findByText('(muted)')).toBeTruthy();
    expect(
      screen.getByRole('checkbox', { name: 'A value of mine is overdue: by e-mail' }),
    ).toHaveProperty('checked', true);
  });
});
