import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, writes, type MockRoute } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import {
  kpiScore,
  objectiveScore,
  perspectiveScore,
  scorecardScore,
} from '../../test/score-fixtures.ts';
import { DataEntryPage } from './DataEntryPage.tsx';

configure({ asyncUtilTimeout: 5000 });

const SC = '/workspaces/default/scorecards/acme';

const kpi = (
  id: string,
  name: string,
  owner: string | null,
  values: { period: string; value: number; comment: string | null }[] = [],
) => ({
  id,
  name,
  unit: '%',
  owner,
  frequency: 'monthly',
  values,
});

const detail = {
  id: 'acme',
  thresholds: { green: 0.8, amber: 0.5 },
  perspectives: [{ id: 'customer', name: 'Customer' }],
  objectives: [
    {
      id: 'quality',
      name: 'Quality',
      perspective: 'customer',
      kpis: [
        kpi('returns', 'Return rate', 'QA lead', [
          { period: '2026-05', value: 4.1, comment: null },
        ]),
        kpi('yield', 'First-pass yield', 'Plant manager'),
        kpi('audits', 'Audits passed', 'QA lead'),
      ],
    },
  ],
};

const tree = scorecardScore([
  perspectiveScore('customer', [
    objectiveScore('quality', { kpis: [kpiScore('returns', { score: 0.65 })] }),
  ]),
]);

function routes(extra: MockRoute[] = []): MockRoute[] {
  return [...extra, { path: `${SC}/scores`, reply: tree }, { path: SC, reply: detail }];
}

function renderEntry(query = '?period=2026-06') {
  renderWithProviders(<DataEntryPage />, {
    url: `/w/default/s/acme/entry${query}`,
    path: '/w/:ws/s/:sc/entry',
  });
}

const valueInput = (name: string) =>
  screen.findByRole('textbox', { name: `Value of ${name} for Jun 2026` });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('DataEntryPage', () => {
  it('lists the KPIs with their last value and status, filtered by the owner in the URL', async () => {
    mockApi(routes());
    renderEntry('?period=2026-06&owner=QA%20lead');
    expect(await valueInput('Return rate')).toBeTruthy();
    expect(screen.getByText('4.1%')).toBeTruthy();
    expect(screen.getByText('May 2026')).toBeTruthy();
    expect(screen.getByText('At risk · 65%')).toBeTruthy();
    expect(screen.queryByText('First-pass yield')).toBeNull();
  });

  it('shows "Not a number" under a bad cell and sends only the good ones in one PUT', async () => {
    // After the write, the refreshed scorecard holds the new value (as the server's would).
    let saved = false;
    const afterSave = structuredClone(detail);
    afterSave.objectives[0]!.kpis[1]!.values = [
      { period: '2026-06', value: 1234.5, comment: null },
    ];
    const requests = mockApi([
      {
        method: 'PUT',
        path: `${SC}/values`,
        reply: () => {
          saved = true;
          return { status: 200, body: { created: 1, updated: 0, unchanged: 0 } };
        },
      },
      { path: SC, reply: () => ({ status: 200, body: saved ? afterSave : detail }) },
      ...routes(),
    ]);
    renderEntry();
    fireEvent.change(await valueInput('Return rate'), { target: { value: 'abc' } });
    fireEvent.change(await valueInput('First-pass yield'), { target: { value: '1,234.5' } });
    expect(screen.getByText("Not a number: 'abc'")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save all (1)' }));
    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    expect(writes(requests)[0]).toMatchObject({
      method: 'PUT',
      path: `${SC}/values`,
      body: { values: [{ kpi: 'yield', period: '2026-06', value: 1234.5, comment: null }] },
    });
    expect(await screen.findByText('Saved: 1 new, 0 changed')).toBeTruthy();
    expect(screen.getByLabelText('Saved').closest('tr')?.getAttribute('data-kpi')).toBe('yield');
  });

  it('fills the cells below from a pasted spreadsheet column', async () => {
    mockApi(routes());
    renderEntry();
    const first = await valueInput('Return rate');
    fireEvent.paste(first, { clipboardData: { getData: () => '3.5\n 97% \nn/a\n' } });
    expect((await valueInput('Return rate')).getAttribute('value')).toBe('3.5');
    expect((await valueInput('First-pass yield')).getAttribute('value')).toBe('97%');
    expect((await valueInput('Audits passed')).getAttribute('value')).toBe('n/a');
    expect(screen.getByText("Not a number: 'n/a'")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save all (2)' })).toBeTruthy();
  });

  it('moves down the column on Enter', async () => {
    mockApi(routes());
    renderEntry();
    const first = await valueInput('Return rate');
    first.focus();
    fireEvent.keyDown(first, { key: 'Enter' });
    expect(document.activeElement).toBe(await valueInput('First-pass yield'));
  });

  it("shows a server error under the cell of the KPI the API's path names", async () => {
    mockApi(
      routes([
        {
          method: 'PUT',
          path: `${SC}/values`,
          reply: () => ({
            status: 400,
            body: {
              error: {
                code: 'VALIDATION',
                message: 'body.values.1.value: expected a number',
                path: 'body.values.1.value',
                issues: [{ path: 'body.values.1.value', message: 'expected a number' }],
              },
            },
          }),
        },
      ]),
    );
    renderEntry();
    fireEvent.change(await valueInput('Return rate'), { target: { value: '3' } });
    fireEvent.change(await valueInput('Audits passed'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save all (2)' }));
    const message = await screen.findByText('value: expected a number');
    expect(message.closest('tr')?.getAttribute('data-kpi')).toBe('audits');
  });

  it('asks before leaving the page with unsaved values', async () => {
    mockApi(routes());
    renderEntry();
    fireEvent.change(await valueInput('Return rate'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('link', { name: 'Return rate' }));
    expect(await screen.findByText('Leave without saving?')).toBeTruthy();
    expect(screen.getByText('1 value typed here is not saved yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByText('Leave without saving?')).toBeNull());
    expect((await valueInput('Return rate')).getAttribute('value')).toBe('3');
  });

  describe('with a calculated KPI', () => {
    const withFormula = structuredClone(detail);
    const ratio = { ...kpi('ratio', 'Audit pass ratio', 'QA lead'), formula: '[audits] / 12' };
    withFormula.objectives[0]!.kpis.splice(1, 0, ratio);
    const computedTree = scorecardScore([
      perspectiveScore('customer', [
        objectiveScore('quality', {
          kpis: [
            kpiScore('returns', { score: 0.65 }),
            kpiScore('ratio', { value: 0.75, period: '2026-06' }),
          ],
        }),
      ]),
    ]);
    const calculatedRoutes = () => [
      { path: `${SC}/scores`, reply: computedTree },
      { path: SC, reply: withFormula },
    ];

    it('shows it read-only with its computed value, marked as calculated', async () => {
      mockApi(calculatedRoutes());
      renderEntry();
      expect((await screen.findByLabelText('Computed value of Audit pass ratio')).textContent).toBe(
        '0.75%',
      );
      const row = screen.getByTestId('computed-value').closest('tr')!;
      expect(row.getAttribute('data-calculated')).toBe('true');
      expect(row.querySelector('input')).toBeNull();
      expect(screen.getByText('calculated')).toBeTruthy();
      expect(screen.queryByRole('textbox', { name: /Value of Audit pass ratio/ })).toBeNull();
      expect(screen.getByText(/· 3 of 4 KPIs due ·/)).toBeTruthy();
    });

    it('skips it when pasting a column, and says so', async () => {
      const show = vi.spyOn(notifications, 'show');
      mockApi(calculatedRoutes());
      renderEntry();
      fireEvent.paste(await valueInput('Return rate'), {
        clipboardData: { getData: () => '3.5\n97\n' },
      });
      expect((await valueInput('First-pass yield')).getAttribute('value')).toBe('97');
      expect(show).toHaveBeenCalledWith(
        expect.objectContaining({
          message: expect.stringContaining('Skipped 1 calculated KPI(s)') as unknown,
        }),
      );
    });

    it('moves past it on Enter', async () => {
      mockApi(calculatedRoutes());
      renderEntry();
      const first = await valueInput('Return rate');
      first.focus();
      fireEvent.keyDown(first, { key: 'Enter' });
      expect(document.activeElement).toBe(await valueInput('First-pass yield'));
    });
  });
});

describe('DataEntryPage, importing from a file', () => {
  it('shows where a dragged file goes, and checks a dropped one (refusing a file that is no CSV or XLSX)', async () => {
    mockApi(routes());
    renderEntry();
    const heading = await screen.findByRole('heading', { name: 'Data entry' });
    const file = new File(['kpi;period'], 'values.txt', { type: 'text/plain' });
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    fireEvent.dragEnter(heading, { dataTransfer });
    expect(screen.getByText('Drop the CSV or XLSX file to check its values')).toBeTruthy();
    fireEvent.drop(heading, { dataTransfer });
    expect(screen.queryByText('Drop the CSV or XLSX file to check its values')).toBeNull();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'values.txt is not a values file: choose a .csv or .xlsx file',
    );
    expect(screen.getByRole('dialog').textContent).toContain('Import values from values.txt');
  });
});
