import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KpiRecord } from '../../api/types.ts';
import { mockApi, writes, type MockRequest, type MockRoute } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { KpiDefinitionForm } from './KpiDefinitionForm.tsx';

const defects: KpiRecord = {
  id: 'defects',
  name: 'Defects per 1000',
  description: null,
  unit: null,
  indicator: null,
  optimization: 'minimize',
  baseline: 10,
  target: 2,
  targets: {},
  min: null,
  max: null,
  weight: 1,
  frequency: 'monthly',
  aggregation: 'last',
  carryForward: false,
  thresholds: null,
  allowNegative: false,
  owner: null,
  segment: null,
  outcome: null,
  objective: 'quality',
  version: 4,
};

const KPI = '/workspaces/default/scorecards/acme/kpis/defects';

function setup(routes: MockRoute[] = []) {
  const requests = mockApi(routes);
  renderWithProviders(
    <KpiDefinitionForm
      ws="default"
      sc="acme"
      kpi={defects}
      scorecardThresholds={{ green: 0.8, amber: 0.5 }}
    />,
  );
  return requests;
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save definition' }));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the KPI definition form', () => {
  it('sends only the changed fields, with the version as If-Match', async () => {
    const requests = setup([
      { method: 'PATCH', path: KPI, reply: { ...defects, owner: 'QA lead', version: 5 } },
    ]);
    fireEvent.change(screen.getByLabelText('Owner'), { target: { value: 'QA lead' } });
    save();
    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    expect(writes(requests)[0]).toMatchObject({
      method: 'PATCH',
      path: KPI,
      ifMatch: '"4"',
      body: { owner: 'QA lead' },
    });
  });

  it("shows the shared schema's message at the field and sends nothing", async () => {
    const requests = setup();
    fireEvent.change(screen.getByLabelText('Weight'), { target: { value: '-1' } });
    save();
    expect(
      await screen.findByText('expected a weight of 0 or more (0 = tracked, not counted)'),
    ).toBeTruthy();
    expect(writes(requests)).toEqual([]);
  });

  it('shows a scale error from the API (INVALID_SCALE) at the field it names', async () => {
    setup([
      {
        method: 'PATCH',
        path: KPI,
        reply: () => ({
          status: 422,
          body: {
            error: {
              code: 'INVALID_SCALE',
              message: 'minimize needs target < baseline (got target 12, baseline 10)',
              path: 'body.target',
            },
          },
        }),
      },
    ]);
    const target = screen.getByLabelText('Target');
    fireEvent.change(target, { target: { value: '12' } });
    save();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Target: minimize needs target < baseline (got target 12, baseline 10)',
    );
    expect(target.getAttribute('aria-invalid')).toBe('true');
  });

  it('opens the conflict dialog on 409, and "Overwrite with mine" re-sends on the current version', async () => {
    const requests = setup([
      {
        method: 'PATCH',
        path: KPI,
        reply: (r: MockRequest) =>
          r.ifMatch === '"4"'
            ? {
                status: 409,
                body: {
                  error: {
                    code: 'CONFLICT',
                    message: 'changed by someone else',
                    path: '',
                    current: { ...defects, owner: 'Someone', version: 7 },
                  },
                },
              }
            : { status: 200, body: { ...defects, owner: 'Me', version: 8 } },
      },
    ]);
    fireEvent.change(screen.getByLabelText('Owner'), { target: { value: 'Me' } });
    save();
    expect(await screen.findByText('Someone else changed this meanwhile')).toBeTruthy();
    expect(screen.getByText('Someone')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(writes(requests)).toHaveLength(2));
    expect(writes(requests)[1]).toMatchObject({ ifMatch: '"7"', body: { owner: 'Me' } });
  });

  it('shows two target fields for a range KPI', () => {
    setup();
    const select = screen
      .getAllByLabelText('Optimization')
      .find((el) => el instanceof HTMLInputElement && el.type !== 'hidden');
    fireEvent.click(select!);
    fireEvent.click(screen.getByRole('option', { name: 'Range — best inside [low, high]' }));
    expect(screen.getByLabelText('Target low')).toBeTruthy();
    expect(screen.getByLabelText('Target high')).toBeTruthy();
    expect(screen.queryByLabelText('Target')).toBeNull();
  });
});
