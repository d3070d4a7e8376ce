import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, writes } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { SignInPage } from './SignInPage.tsx';

const config = { mode: 'accounts', setup: false, oidc: { label: 'Okta' }, minPasswordLength: 10 };

describe('SignInPage', () => {
  it('sends the email and password, and offers single sign-on when configured', async () => {
    const requests = mockApi([
      { path: '/auth/config', reply: config },
      {
        method: 'POST',
        path: '/auth/login',
        reply: { me: { kind: 'account', name: 'Ann', memberships: [] } },
      },
    ]);
    renderWithProviders(<SignInPage />, { url: '/sign-in?next=/w/acme' });
    const sso = await screen.findByRole('link', { name: 'Sign in with Okta' });
    expect(sso.getAttribute('href')).toBe('/api/auth/oidc/start');
    fireEvent.change(await screen.findByLabelText(/Email/), {
      target: { value: 'ann@example.com' },
    });
    fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'correct horse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    expect(writes(requests)[0]?.body).toEqual({
      email: 'ann@example.com',
      password: 'correct horse',
    });
  });

  it('says when to try again after too many attempts', async () => {
    mockApi([
      { path: '/auth/config', reply: { ...config, oidc: null } },
      {
        method: 'POST',
        path: '/auth/login',
        reply: () => ({
          status: 429,
          body: { error: { code: 'RATE_LIMITED', message: 'too many sign-in attempts' } },
        }),
      },
    ]);
    renderWithProviders(<SignInPage />, { url: '/sign-in' });
    fireEvent.change(await screen.findByLabelText(/Email/), {
      target: { value: 'ann@example.com' },
    });
    fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'wrong password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('too many sign-in attempts');
    expect(screen.queryByRole('link', { name: /Sign in with/ })).toBeNull();
  });
});
