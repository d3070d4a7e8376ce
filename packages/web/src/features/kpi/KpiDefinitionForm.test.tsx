import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
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

// The form is large (and the formula field asks the server): give slow machines time.
configure({ asyncUtilTimeout: 5000 });

const KPI = '/workspaces/default/scorecards/acme/kpis/defects';

function setup(routes: MockRoute[] = [], kpi: KpiRecord = defects) {
  const requests = mockApi(routes);
  renderWithProviders(
    <KpiDefinitionForm
      ws="default"
      sc="acme"
      kpi={kpi}
      scorecardThresholds={{ green: 0.8, amber: 0.5 }}
    />,
  );
  return requests;
}

/** The saves (the formula field's live checks are POSTs too). */
const patches = (requests: readonly MockRequest[]) => requests.filter((r) => r.method === 'PATCH');

const formulaField = () => screen.getByRole('combobox', { name: /Formula/ });

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

  describe('a calculated KPI', () => {
    const calculated: KpiRecord = { ...defects, formula: '[defects-found] / [units] * 1000' };

    it('shows its formula and hides aggregation and carry-forward, saying why', () => {
      setup([], calculated);
      expect((formulaField() as HTMLTextAreaElement).value).toBe(calculated.formula);
      expect(screen.queryByLabelText('Carry the last value forward')).toBeNull();
      expect(screen.queryAllByLabelText('Aggregation')).toEqual([]);
      expect(screen.getByTestId('calculated-rollup').textContent).toContain(
        'each KPI in the formula folds by its own aggregation',
      );
    });

    it('turns an entered KPI into a calculated one, sending the formula without aggregation', async () => {
      const requests = setup([
        { method: 'PATCH', path: KPI, reply: { ...defects, formula: '[a] * 2', version: 5 } },
      ]);
      expect(screen.getByLabelText('Carry the last value forward')).toBeTruthy();
      fireEvent.click(screen.getByLabelText('Carry the last value forward'));
      fireEvent.change(formulaField(), { target: { value: '[a] * 2' } });
      expect(screen.queryByLabelText('Carry the last value forward')).toBeNull();
      save();
      await waitFor(() => expect(patches(requests)).toHaveLength(1));
      expect(patches(requests)[0]!.body).toEqual({ formula: '[a] * 2' });
    });

    it('removes the formula with null when the field is emptied', async () => {
      const requests = setup(
        [{ method: 'PATCH', path: KPI, reply: { ...calculated, formula: null, version: 5 } }],
        calculated,
      );
      fireEvent.change(formulaField(), { target: { value: '' } });
      save();
      await waitFor(() => expect(patches(requests)).toHaveLength(1));
      expect(patches(requests)[0]!.body).toEqual({ formula: null });
    });

    it("shows the API's refusal of the formula at the field", async () => {
      setup([
        {
          method: 'PATCH',
          path: KPI,
          reply: () => ({
            status: 422,
            body: {
              error: {
                code: 'CYCLE',
                message: 'formula: a cycle between formulas: defects → rate → defects',
                path: 'body.formula',
              },
            },
          }),
        },
      ]);
      fireEvent.change(formulaField(), { target: { value: '[rate] * 2' } });
      save();
      expect(
        await screen.findByText('formula: a cycle between formulas: defects → rate → defects'),
      ).toBeTruthy();
    });
  });
});
