import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FUNCTION_NAMES } from '@bearing/core';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormulaCheckResult, KpiIndexEntry } from '../../api/types.ts';
import { mockApi, type MockRequest } from '../../test/mock-api.ts';
import { currentMonth } from '../../lib/periods.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { FormulaField } from './FormulaField.tsx';

configure({ asyncUtilTimeout: 5000 });

const WS = '/workspaces/default';
const CHECK = `${WS}/scorecards/shop/formula-check`;

const entry = (scorecard: string, id: string, name: string): KpiIndexEntry => ({
  scorecard,
  scorecardName: scorecard === 'shop' ? 'Web shop' : 'Sales',
  id,
  name,
  unit: null,
  calculated: false,
});

const index = [
  entry('shop', 'orders', 'Orders'),
  entry('shop', 'visits', 'Visits'),
  entry('shop', 'conversion', 'Conversion rate'),
  entry('sales', 'orders', 'Orders won'),
];

const input = (kpi: string, value: number | null) => ({
  scorecard: 'shop',
  kpi,
  name: kpi,
  reference: `[${kpi}]`,
  period: '2026-03',
  value,
  stale: false,
  calculated: false,
});

/** A stand-in for the server's check: knows orders and visits, nothing else. */
function check(request: MockRequest): { status: number; body: FormulaCheckResult } {
  const { formula } = request.body as { formula: string };
  const base = { period: '2026-03', stale: false, inputs: [] };
  const unknown = /\[vists\]/.exec(formula);
  if (unknown) {
    return {
      status: 200,
      body: {
        ...base,
        ok: false,
        value: null,
        problems: [
          {
            code: 'BROKEN_REFERENCE',
            message: 'no KPI "vists" in this scorecard for [vists]',
            hint: 'did you mean [visits]?',
            start: unknown.index,
            end: unknown.index + unknown[0].length,
          },
        ],
      },
    };
  }
  return {
    status: 200,
    body: {
      ...base,
      ok: true,
      problems: [],
      value: 2.5,
      inputs: [input('orders', 120), input('visits', 4800)],
    },
  };
}

function Harness({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <FormulaField
      ws="default"
      sc="shop"
      kpi="conversion"
      period={null}
      unit="%"
      value={value}
      onChange={setValue}
    />
  );
}

function setup(initial = '') {
  const requests = mockApi([
    { path: `${WS}/kpi-index`, reply: { kpis: index } },
    { method: 'POST', path: CHECK, reply: check },
  ]);
  renderWithProviders(<Harness initial={initial} />);
  return { requests, field: screen.getByRole('combobox', { name: /Formula/ }) };
}

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the formula field', () => {
  it("opens a list of KPIs after [, this scorecard's first, without the KPI itself", async () => {
    const { field } = setup();
    expect(field.getAttribute('aria-expanded')).toBe('false');
    type(field, '[');
    const list = await screen.findByRole('listbox', { name: 'KPIs to refer to' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(3));
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['[orders]Orders', '[visits]Visits', '[sales/orders]Orders won · Sales']);
    expect(field.getAttribute('aria-expanded')).toBe('true');
    expect(field.getAttribute('aria-controls')).toBe(list.id);
  });

  it('filters by what is typed and picks with the keyboard', async () => {
    const { field } = setup();
    type(field, '[or');
    const list = await screen.findByRole('listbox');
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    const [first, second] = within(list).getAllByRole('option');
    expect(first!.getAttribute('aria-selected')).toBe('true');
    expect(field.getAttribute('aria-activedescendant')).toBe(first!.id);
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(second!.getAttribute('aria-selected')).toBe('true');
    expect(field.getAttribute('aria-activedescendant')).toBe(second!.id);
    fireEvent.keyDown(field, { key: 'Enter' });
    expect((field as HTMLTextAreaElement).value).toBe('[sales/orders]');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('picks with Tab or a click, and Escape closes the list without picking', async () => {
    const { field } = setup('[orders] / ');
    type(field, '[orders] / [vi');
    await screen.findByRole('option', { name: /\[visits\]/ });
    fireEvent.keyDown(field, { key: 'Tab' });
    expect((field as HTMLTextAreaElement).value).toBe('[orders] / [visits]');

    type(field, '[orders] / [visits] * [');
    fireEvent.click(await screen.findByRole('option', { name: /\[orders\]/ }));
    expect((field as HTMLTextAreaElement).value).toBe('[orders] / [visits] * [orders]');

    type(field, '[orders] / [visits] * [');
    await screen.findByRole('listbox');
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect((field as HTMLTextAreaElement).value).toBe('[orders] / [visits] * [');
  });

  it('says so when no KPI matches', async () => {
    const { field } = setup();
    type(field, '[zzz');
    expect(await screen.findByText('No KPI matches "zzz"')).toBeTruthy();
  });

  it('checks as you type and previews the value for the period, with its inputs', async () => {
    const { field, requests } = setup();
    type(field, '[orders] / [visits] * 100');
    expect((await screen.findByTestId('formula-preview')).textContent).toBe('= 2.5% for Mar 2026');
    expect(screen.getByText('from [orders] 120 · [visits] 4,800')).toBeTruthy();
    const checks = requests.filter((r) => r.path === CHECK);
    expect(checks).toHaveLength(1);
    expect(checks[0]!.body).toEqual({ formula: '[orders] / [visits] * 100', kpi: 'conversion' });
  });

  it('checks as of this month when the scorecard has no values yet (no latest period)', async () => {
    const requests = mockApi([
      { path: `${WS}/kpi-index`, reply: { kpis: index } },
      {
        method: 'POST',
        path: CHECK,
        reply: (r: MockRequest) =>
          (r.body as { period?: string }).period === undefined
            ? {
                status: 422,
                body: { error: { code: 'NO_DATA', message: 'no values yet', path: 'body.period' } },
              }
            : check(r),
      },
    ]);
    renderWithProviders(<Harness initial="" />);
    type(screen.getByRole('combobox', { name: /Formula/ }), '[orders] / [visits]');
    expect(await screen.findByTestId('formula-preview')).toBeTruthy();
    const periods = requests
      .filter((r) => r.path === CHECK)
      .map((r) => (r.body as { period?: string }).period);
    expect(periods).toEqual([undefined, currentMonth()]);
  });

  it('waits for a pause in typing before asking (one check for a burst of keys)', async () => {
    const { field, requests } = setup();
    for (const text of ['[o', '[or', '[orders]', '[orders] /', '[orders] / 2']) type(field, text);
    await screen.findByTestId('formula-preview');
    expect(requests.filter((r) => r.path === CHECK).map((r) => r.body)).toEqual([
      { formula: '[orders] / 2', kpi: 'conversion' },
    ]);
  });

  it('shows problems inline and underlines their characters in the mirror', async () => {
    const { field } = setup();
    type(field, '[orders] / [vists]');
    const alert = await screen.findByRole('alert', { name: 'Problems in the formula' });
    expect(alert.textContent).toBe(
      'At characters 12–18: no KPI "vists" in this scorecard for [vists]did you mean [visits]?',
    );
    const mirror = screen.getByTestId('formula-mirror');
    expect(mirror.textContent).toBe('[orders] / [vists]');
    expect([...mirror.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['[vists]']);
    expect(screen.queryByTestId('formula-preview')).toBeNull();
  });

  it('names the operators and every function in its help line', () => {
    setup();
    const help = screen.getByTestId('formula-help');
    const codes = [...help.querySelectorAll('code')].map((c) => c.textContent);
    expect(codes).toEqual(expect.arrayContaining([...FUNCTION_NAMES]));
    for (const op of ['^', '%', '>=', 'and', 'not']) expect(help.textContent).toContain(op);
  });
});
