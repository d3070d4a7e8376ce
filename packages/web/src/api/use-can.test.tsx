import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../test/mock-api.ts';
import { renderWithProviders } from '../test/render.tsx';
import { useCan } from './use-can.ts';

function Probe() {
  const can = useCan('strategy.write', { workspace: 'acme' });
  return <p>{can.allowed ? 'allowed' : can.reason}</p>;
}

const viewer = {
  kind: 'account',
  accountId: 'a1',
  email: 'vic@example.com',
  name: 'Vic',
  instanceAdmin: false,
  memberships: [{ workspace: 'acme', role: 'viewer', scorecards: null }],
  tokenScope: null,
};

describe('useCan', () => {
  it('gives the role needed when the rules refuse', async () => {
    mockApi([{ path: '/auth/me', reply: { me: viewer } }]);
    renderWithProviders(<Probe />);
    expect(await screen.findByText('Needs the editor role')).toBeTruthy();
  });

  it('allows everything in local mode', async () => {
    mockApi([{ path: '/auth/me', reply: { me: { ...viewer, kind: 'local', memberships: [] } } }]);
    renderWithProviders(<Probe />);
    expect(await screen.findByText('allowed')).toBeTruthy();
  });
});
