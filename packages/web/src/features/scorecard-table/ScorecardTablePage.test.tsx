import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, writes, type MockRoute } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import {
  kpiScore,
  objectiveScore,
  perspectiveScore,
  scorecardScore,
} from '../../test/score-fixtures.ts';
import { ScorecardTablePage } from './ScorecardTablePage.tsx';

// The page loads five queries; on a busy machine they can take longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

const SC = '/workspaces/default/scorecards/acme';

const tree = scorecardScore([
  perspectiveScore(
    'financial',
    [
      objectiveScore('revenue', {
        name: 'Grow revenue',
        perspective: 'financial',
        score: 0.4,
        kpis: [kpiScore('sales', { name: 'Sales', score: 0.3, unit: 'kEUR', value: 42 })],
      }),
    ],
    { name: 'Financial' },
  ),
  perspectiveScore('customer', [
    objectiveScore('loyal', {
      name: 'Loyal customers',
      score: 0.9,
      kpis: [kpiScore('nps', { name: 'Net promoter score', score: 0.9, overdue: true })],
    }),
  ]),
]);

const kpiRecord = (id: string, objective: string, version: number) => ({
  id,
  objective,
  version,
  target: 20,
  targets: {},
  optimization: 'maximize',
});

function routes(extra: MockRoute[] = []): MockRoute[] {
  return [
    ...extra,
    { path: `${SC}/scores`, reply: tree },
    {
      path: SC,
      reply: {
        id: 'acme',
        owner: 'Board',
        thresholds: { green: 0.8, amber: 0.5 },
        perspectives: [],
        objectives: [
          {
            id: 'revenue',
            owner: 'CFO',
            kpis: [
              { id: 'sales', owner: 'Controller', values: [{ period: '2026-05', value: 40 }] },
            ],
          },
          { id: 'loyal', owner: null, kpis: [{ id: 'nps', owner: null, values: [] }] },
        ],
      },
    },
    { path: `${SC}/perspectives`, reply: { perspectives: [{ id: 'financial', version: 1 }] } },
    {
      path: `${SC}/objectives`,
      reply: {
        objectives: [
          { id: 'revenue', version: 2 },
          { id: 'loyal', version: 1 },
        ],
      },
    },
    {
      path: `${SC}/kpis`,
      reply: { kpis: [kpiRecord('sales', 'revenue', 3), kpiRecord('nps', 'loyal', 1)] },
    },
  ];
}

function renderTable(query = '') {
  renderWithProviders(<ScorecardTablePage />, {
    url: `/w/default/s/acme/table${query}`,
    path: '/w/:ws/s/:sc/table',
  });
}

const rowOf = (name: string) => {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ScorecardTablePage', () => {
  it("shows the tree with the server's scores, owners, last value and overdue marker", async () => {
    mockApi(routes());
    renderTable();
    await screen.findByText('Sales');
    const sales = rowOf('Sales');
    expect(within(sales).getByText('42 kEUR')).toBeTruthy();
    expect(within(sales).getByText('30%')).toBeTruthy();
    expect(within(sales).getByText('Off track')).toBeTruthy();
    expect(await within(sales).findByText('Controller')).toBeTruthy();
    expect(within(sales).getByText('May 2026')).toBeTruthy();
    expect(within(rowOf('Net promoter score')).getByText('Overdue')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sales' }).getAttribute('href')).toBe(
      '/w/default/s/acme/kpis/sales',
    );
    expect(screen.getByRole('link', { name: 'Grow revenue' }).getAttribute('href')).toBe(
      '/w/default/s/acme/objectives/revenue',
    );
  });

  it('applies the status filter from the URL, keeping ancestors as context', async () => {
    mockApi(routes());
    renderTable('?status=red&period=2026-06');
    expect(await screen.findByText('Sales')).toBeTruthy();
    expect(screen.queryByText('Net promoter score')).toBeNull();
    expect(screen.getByText('Financial')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sales' }).getAttribute('href')).toBe(
      '/w/default/s/acme/kpis/sales?period=2026-06',
    );
  });

  it('folds a row and says so on its toggle', async () => {
    mockApi(routes());
    renderTable();
    fireEvent.click(await screen.findByRole('button', { name: 'Collapse Financial' }));
    await waitFor(() => expect(screen.queryByText('Grow revenue')).toBeNull());
    expect(
      screen.getByRole('button', { name: 'Expand Financial' }).getAttribute('aria-expanded'),
    ).toBe('false');
  });

  it('saves an edited weight with PATCH and the version as If-Match', async () => {
    const requests = mockApi(
      routes([
        { method: 'PATCH', path: `${SC}/objectives/revenue`, reply: { id: 'revenue', version: 3 } },
      ]),
    );
    renderTable();
    await screen.findByText('Sales');
    const edit = await screen.findByRole('button', { name: 'Edit weight of Grow revenue' });
    fireEvent.click(edit);
    const input = screen.getByRole('textbox', { name: 'weight of Grow revenue' });
    fireEvent.change(input, { target: { value: '2' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    expect(writes(requests)[0]).toMatchObject({
      method: 'PATCH',
      path: `${SC}/objectives/revenue`,
      ifMatch: '"2"',
      body: { weight: 2 },
    });
  });

  it('does not send a weight that is not a number, and says why next to the cell', async () => {
    const requests = mockApi(routes());
    renderTable();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit weight of Sales' }));
    const input = screen.getByRole('textbox', { name: 'weight of Sales' });
    fireEvent.change(input, { target: { value: 'heavy' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText("Not a number: 'heavy'")).toBeTruthy();
    expect(writes(requests)).toHaveLength(0);
  });

  it("shows the API's refusal of a target under the cell", async () => {
    mockApi(
      routes([
        {
          method: 'PATCH',
          path: `${SC}/kpis/sales`,
          reply: () => ({
            status: 422,
            body: {
              error: {
                code: 'INVALID_SCALE',
                message: 'maximize needs target > baseline',
                path: 'body.target',
              },
            },
          }),
        },
      ]),
    );
    renderTable();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit target of Sales' }));
    const input = screen.getByRole('textbox', { name: 'target of Sales' });
    fireEvent.change(input, { target: { value: '-5' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    const alert = await screen.findByText('maximize needs target > baseline', { selector: 'p' });
    expect(alert.getAttribute('role')).toBe('alert');
  });

  it('opens the conflict dialog on 409 and can overwrite with the current version', async () => {
    let calls = 0;
    const requests = mockApi(
      routes([
        {
          method: 'PATCH',
          path: `${SC}/kpis/nps`,
          reply: () =>
            ++calls === 1
              ? {
                  status: 409,
                  body: {
                    error: {
                      code: 'CONFLICT',
                      message: 'changed by someone else',
                      path: '',
                      current: { id: 'nps', weight: 5, version: 4 },
                    },
                  },
                }
              : { status: 200, body: { id: 'nps', weight: 3, version: 5 } },
        },
      ]),
    );
    renderTable();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Edit weight of Net promoter score' }),
    );
    const input = screen.getByRole('textbox', { name: 'weight of Net promoter score' });
    fireEvent.change(input, { target: { value: '3' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText('Someone else changed this meanwhile')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(writes(requests)).toHaveLength(2));
    expect(writes(requests)[1]).toMatchObject({ ifMatch: '"4"', body: { weight: 3 } });
  });

  it('edits a range target as two numbers', async () => {
    const rangeTree = scorecardScore([
      perspectiveScore('internal', [
        objectiveScore('plant', {
          name: 'Run the plant',
          kpis: [
            kpiScore('temp', { name: 'Hall temperature', optimization: 'range', target: [18, 22] }),
          ],
        }),
      ]),
    ]);
    const requests = mockApi([
      { path: `${SC}/scores`, reply: rangeTree },
      { path: SC, reply: { id: 'acme', owner: null, perspectives: [], objectives: [] } },
      {
        path: `${SC}/kpis`,
        reply: { kpis: [{ ...kpiRecord('temp', 'plant', 7), target: [18, 22] }] },
      },
      { method: 'PATCH', path: `${SC}/kpis/temp`, reply: { id: 'temp', version: 8 } },
    ]);
    renderTable();
    expect(await screen.findByText('18–22')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit target of Hall temperature' }));
    const high = screen.getByRole('textbox', { name: 'target of Hall temperature (high)' });
    expect(screen.getByRole('textbox', { name: 'target of Hall temperature (low)' })).toBeTruthy();
    fireEvent.change(high, { target: { value: '24' } });
    fireEvent.keyDown(high, { key: 'Enter' });
    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    expect(writes(requests)[0]).toMatchObject({ ifMatch: '"7"', body: { target: [18, 24] } });
  });
});
