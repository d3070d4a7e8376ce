import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, writes, type MockRequest } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { AddKpiModal } from './AddKpiModal.tsx';

const KPIS = '/workspaces/default/scorecards/acme/kpis';

afterEach(() => {
  vi.unstubAllGlobals();
});

function setup(reply: (request: MockRequest) => { status: number; body: unknown }) {
  const onClose = vi.fn();
  const requests = mockApi([{ method: 'POST', path: KPIS, reply }]);
  renderWithProviders(
    <AddKpiModal ws="default" sc="acme" objective="quality" opened onClose={onClose} />,
  );
  return { requests, onClose };
}

describe('adding a KPI to an objective', () => {
  it('posts the KPI with its objective and closes', async () => {
    const { requests, onClose } = setup(() => ({ status: 201, body: { id: 'defects' } }));
    fireEvent.change(screen.getByLabelText(/Name/), { target: { value: 'Defects per 1000' } });
    fireEvent.change(screen.getByLabelText('Baseline'), { target: { value: '10' } });
    fireEvent.change(screen.getByLabelText('Target'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add KPI' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(writes(requests)[0]?.body).toEqual({
      objective: 'quality',
      name: 'Defects per 1000',
      optimization: 'maximize',
      baseline: 10,
      target: 2,
      frequency: 'monthly',
    });
  });

  it('creates a calculated KPI with its formula', async () => {
    const { requests, onClose } = setup(() => ({ status: 201, body: { id: 'conversion' } }));
    fireEvent.change(screen.getByLabelText(/Name/), { target: { value: 'Conversion' } });
    fireEvent.change(screen.getByRole('combobox', { name: /Formula/ }), {
      target: { value: '[orders] / [visits] * 100' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add KPI' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(requests.find((r) => r.method === 'POST' && r.path === KPIS)?.body).toEqual({
      objective: 'quality',
      name: 'Conversion',
      optimization: 'maximize',
      frequency: 'monthly',
      formula: '[orders] / [visits] * 100',
    });
  });

  it('closes only the reference list on Escape, not the dialog', async () => {
    const { onClose } = setup(() => ({ status: 201, body: {} }));
    const formula = screen.getByRole('combobox', { name: /Formula/ });
    fireEvent.change(formula, { target: { value: '[' } });
    expect(await screen.findByRole('listbox', { name: 'KPIs to refer to' })).toBeTruthy();
    fireEvent.keyDown(formula, { key: 'Escape' });
    expect(screen.queryByRole('listbox', { name: 'KPIs to refer to' })).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(formula, { key: 'Escape' });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('shows a duplicate id at the name it was made from', async () => {
    const { onClose } = setup(() => ({
      status: 409,
      body: {
        error: {
          code: 'DUPLICATE_KEY',
          message: 'another KPI in the same scope already has the id "nps"',
          path: 'body.id',
        },
      },
    }));
    fireEvent.change(screen.getByLabelText(/Name/), { target: { value: 'NPS' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add KPI' }));
    const message = await screen.findByText(
      'another KPI in the same scope already has the id "nps"',
    );
    expect(screen.getByLabelText(/Name/).getAttribute('aria-describedby')).toContain(message.id);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('refuses a KPI without a name before sending', async () => {
    const { requests } = setup(() => ({ status: 201, body: {} }));
    fireEvent.click(screen.getByRole('button', { name: 'Add KPI' }));
    expect(await screen.findByText('expected a non-empty name')).toBeTruthy();
    expect(writes(requests)).toEqual([]);
  });
});
