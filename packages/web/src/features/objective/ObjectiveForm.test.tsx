import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ObjectiveRecord } from '../../api/types.ts';
import { mockApi, writes } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { ObjectiveForm } from './ObjectiveForm.tsx';

const quality: ObjectiveRecord = {
  id: 'quality',
  name: 'Provide high product quality',
  perspective: 'customer',
  weight: 1,
  rollup: 'weighted',
  owner: 'Head of Quality',
  description: null,
  parent: null,
  contributesTo: null,
  stakeholder: null,
  segment: null,
  version: 2,
};

const OBJECTIVE = '/workspaces/default/scorecards/acme/objectives/quality';

function setup(routes: Parameters<typeof mockApi>[0] = []) {
  const requests = mockApi(routes);
  renderWithProviders(
    <ObjectiveForm
      ws="default"
      sc="acme"
      objective={quality}
      perspectives={[
        { id: 'customer', name: 'Customer', weight: 1 },
        { id: 'internal', name: 'Internal Processes', weight: 1 },
      ]}
      objectives={[quality, { ...quality, id: 'loyalty', name: 'Earn customer loyalty' }]}
      customer={null}
    />,
  );
  return requests;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the objective form', () => {
  it('saves the changed fields with PATCH and If-Match', async () => {
    const requests = setup([
      { method: 'PATCH', path: OBJECTIVE, reply: { ...quality, owner: 'COO', version: 3 } },
    ]);
    fireEvent.change(screen.getByLabelText('Owner'), { target: { value: 'COO' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    expect(writes(requests)[0]).toMatchObject({ ifMatch: '"2"', body: { owner: 'COO' } });
  });

  it('shows a refused move (CYCLE) at the parent field', async () => {
    setup([
      {
        method: 'PATCH',
        path: OBJECTIVE,
        reply: () => ({
          status: 422,
          body: {
            error: {
              code: 'CYCLE',
              message:
                'objectives roll up into themselves: acme/quality → acme/loyalty → acme/quality',
              path: 'body.parent',
            },
          },
        }),
      },
    ]);
    const parent = screen
      .getAllByLabelText('Parent objective')
      .find((el) => el instanceof HTMLInputElement && el.type !== 'hidden');
    fireEvent.click(parent!);
    fireEvent.click(screen.getByRole('option', { name: 'Earn customer loyalty' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/objectives roll up into themselves/)).toBeTruthy();
  });

  it('does not send an empty name', async () => {
    const requests = setup();
    fireEvent.change(screen.getByLabelText(/Name/), { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('expected a non-empty name')).toBeTruthy();
    expect(writes(requests)).toEqual([]);
  });

  it('resets a draft to the saved objective', () => {
    setup();
    const owner = screen.getByLabelText<HTMLInputElement>('Owner');
    fireEvent.change(owner, { target: { value: 'Someone' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(owner.value).toBe('Head of Quality');
  });
});
