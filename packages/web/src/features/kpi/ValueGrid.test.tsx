import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KpiRecord, StoredValue } from '../../api/types.ts';
import { mockApi, writes, type MockRequest } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { ValueGrid } from './ValueGrid.tsx';

const kpi = {
  id: 'return-rate',
  name: 'Product return rate',
  unit: '%',
  frequency: 'monthly',
  objective: 'quality',
  version: 1,
} as KpiRecord;

const june: StoredValue = {
  period: '2026-06',
  value: 3.6,
  comment: null,
  version: 2,
  author: 'local',
  updatedAt: '2026-07-01T10:00:00.000Z',
};

const VALUE = /\/kpis\/return-rate\/values\/(2026-\d\d)$/;

function setup(extra: Parameters<typeof mockApi>[0] = []) {
  const requests = mockApi([
    {
      path: '/workspaces/default/changes',
      reply: {
        changes: [
          {
            id: 'c1',
            entityType: 'kpi_value',
            operation: 'update',
            scorecard: 'acme',
            entityKey: 'return-rate',
            period: '2026-06',
            actor: 'anna',
            at: '2026-07-01T10:00:00.000Z',
            before: { value: 4, comment: null },
            after: { value: 3.6, comment: null },
          },
        ],
      },
    },
    ...extra,
  ]);
  renderWithProviders(
    <ValueGrid
      ws="default"
      sc="acme"
      kpi={kpi}
      range={{ from: '2026-05', to: '2026-07' }}
      values={[june]}
      points={[]}
      selected={null}
      onExplain={() => undefined}
    />,
    { url: '/w/default/s/acme/kpis/return-rate' },
  );
  return requests;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the value grid', () => {
  it('lists the periods of the range newest first with their values', () => {
    setup();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Jul 2026',
      'Jun 2026',
      'May 2026',
    ]);
    expect(screen.getByLabelText<HTMLInputElement>('Value for Jun 2026').value).toBe('3.6');
  });

  it('shows "Not a number" for a bad value and does not send it', async () => {
    const requests = setup();
    const input = screen.getByLabelText('Value for Jul 2026');
    fireEvent.change(input, { target: { value: 'abc' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText("Not a number: 'abc'")).toBeTruthy();
    // Leaving the row does not send it either.
    fireEvent.blur(input, { relatedTarget: document.body });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(writes(requests)).toEqual([]);
  });

  it('saves a new value with PUT and version 0 ("must be new")', async () => {
    const requests = setup([
      {
        method: 'PUT',
        path: VALUE,
        reply: () => ({
          status: 201,
          body: { ...june, period: '2026-07', value: 3.2, version: 1 },
        }),
      },
    ]);
    const input = screen.getByLabelText('Value for Jul 2026');
    fireEvent.change(input, { target: { value: '3.2' } });
    fireEvent.change(screen.getByLabelText('Comment for Jul 2026'), {
      target: { value: 'July close' },
    });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    expect(writes(requests)[0]).toMatchObject({
      method: 'PUT',
      path: '/workspaces/default/scorecards/acme/kpis/return-rate/values/2026-07',
      body: { value: 3.2, comment: 'July close', version: 0 },
    });
  });

  it('shows an API error at the cell', async () => {
    setup([
      {
        method: 'PUT',
        path: VALUE,
        reply: () => ({
          status: 400,
          body: {
            error: { code: 'VALIDATION', message: 'body.value: too large', path: 'body.value' },
          },
        }),
      },
    ]);
    const input = screen.getByLabelText('Value for Jun 2026');
    fireEvent.change(input, { target: { value: '99' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText('body.value: too large')).toBeTruthy();
  });

  it('undoes an edit with Escape', () => {
    setup();
    const input = screen.getByLabelText<HTMLInputElement>('Value for Jun 2026');
    fireEvent.change(input, { target: { value: '7' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('3.6');
  });

  it('opens who changed a value, when, from what to what', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Change history for Jun 2026' }));
    expect(await screen.findByText('anna changed the value')).toBeTruthy();
    expect(screen.getByText(/4%/)).toBeTruthy();
  });

  it('deletes a stored value after confirmation, with its version', async () => {
    const requests = setup([
      { method: 'DELETE', path: VALUE, reply: () => ({ status: 204, body: null }) },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete value for Jun 2026' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    expect(writes(requests)[0]).toMatchObject({ method: 'DELETE', ifMatch: '"2"' });
  });

  it('offers a conflict dialog when someone else wrote the period meanwhile', async () => {
    let calls = 0;
    const requests = setup([
      {
        method: 'PUT',
        path: VALUE,
        reply: (r: MockRequest) => {
          calls++;
          if (calls === 1) {
            return {
              status: 409,
              body: {
                error: {
                  code: 'CONFLICT',
                  message: 'changed by someone else',
                  path: '',
                  current: { ...june, value: 3.9, version: 3 },
                },
              },
            };
          }
          return { status: 200, body: { ...june, ...(r.body as object), version: 4 } };
        },
      },
    ]);
    const input = screen.getByLabelText('Value for Jun 2026');
    fireEvent.change(input, { target: { value: '3.5' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.click(await screen.findByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(writes(requests)).toHaveLength(2));
    expect(writes(requests)[1]?.body).toEqual({ value: 3.5, comment: null, version: 3 });
  });
});
