import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { StrategyMapPage } from './StrategyMapPage.tsx';
import { links, objectives, perspectives, scores } from './test-fixtures.ts';

interface Call {
  method: string;
  url: string;
  body: unknown;
  ifMatch: string | null;
}

let calls: Call[] = [];
/** When set, the next PATCH answers 409 CONFLICT with this as the entity now saved. */
let conflictWith: Record<string, unknown> | null = null;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status });
}

/** The API as the map reads it, answered from the fixtures; writes are recorded. */
function fakeApi(input: string, init: RequestInit = {}): Promise<Response> {
  const url = input;
  const text = typeof init.body === 'string' ? init.body : undefined;
  const method = init.method ?? 'GET';
  const headers = new Headers(init.headers);
  calls.push({
    method,
    url,
    body: text ? JSON.parse(text) : undefined,
    ifMatch: headers.get('If-Match'),
  });
  const path = url.replace(/\?.*$/, '');
  const sc = '/api/workspaces/default/scorecards/acme';
  if (method === 'POST' && path === `${sc}/objectives`) {
    return Promise.resolve(json({ ...(JSON.parse(text ?? '{}') as object), version: 1 }, 201));
  }
  if (method === 'PATCH' && conflictWith) {
    const current = conflictWith;
    conflictWith = null;
    return Promise.resolve(
      json(
        { error: { code: 'CONFLICT', message: 'changed by someone else', path: '', current } },
        409,
      ),
    );
  }
  if (method === 'PATCH') return Promise.resolve(json({ version: 4 }));
  if (method === 'DELETE') return Promise.resolve(new Response(null, { status: 204 }));
  if (method === 'POST' && path === '/api/workspaces/default/edits') {
    return Promise.resolve(json({ batch: 'b-1', changes: ['c-1'] }));
  }
  const routes: Record<string, unknown> = {
    [`${sc}/perspectives`]: { perspectives },
    [`${sc}/objectives`]: { objectives },
    [`${sc}/links`]: { links },
    [`${sc}/scores`]: scores,
    [`${sc}/layout`]: { positions: {} },
    [`${sc}/initiatives`]: { initiatives: [] },
    [`${sc}/lint`]: { scorecard: 'acme', name: 'Acme', findings: [], quality: null },
    '/api/workspaces/default/scorecards': { scorecards: [] },
  };
  const body = routes[path];
  return Promise.resolve(
    body === undefined
      ? json({ error: { code: 'NOT_FOUND', message: `no route ${path}` } }, 404)
      : json(body),
  );
}

async function renderMap(search = '') {
  renderWithProviders(<StrategyMapPage />, {
    url: `/w/default/s/acme/map${search}`,
    path: '/w/:ws/s/:sc/map',
  });
  // The placeholder shown while laying out is replaced by the map: query again each time.
  await waitFor(
    () => expect(screen.getByTestId('strategy-map').getAttribute('data-ready')).toBe('true'),
    { timeout: 15_000 },
  );
  return screen.getByTestId('strategy-map');
}

const card = (id: string) =>
  screen.getAllByTestId('map-objective').find((el) => el.getAttribute('data-id') === id)!;

describe('StrategyMapPage', () => {
  // jsdom has no Worker, so ELK runs on the main thread: load its 1.6 MB once, before the clocks run.
  beforeAll(async () => {
    await import('elkjs/lib/elk.bundled.js');
  }, 60_000);

  beforeEach(() => {
    calls = [];
    conflictWith = null;
    vi.stubGlobal('fetch', vi.fn(fakeApi));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows every objective as a card with its status, and a lane per perspective', async () => {
    await renderMap();
    const cards = screen.getAllByTestId('map-objective');
    expect(cards.map((c) => c.getAttribute('data-id')).sort()).toEqual([
      'loyalty',
      'qa',
      'quality',
      'revenue',
      'skills',
    ]);
    expect(card('quality').getAttribute('data-status')).toBe('red');
    expect(within(card('quality')).getByText('Off track')).toBeTruthy();
    expect(within(card('quality')).getByText('2 KPIs')).toBeTruthy();
    for (const p of perspectives) {
      expect(screen.getByRole('button', { name: `Add objective to ${p.name}` })).toBeTruthy();
    }
  });

  it('moves the selection with the arrow keys and clears it with Escape', async () => {
    const map = await renderMap();
    map.focus();
    fireEvent.keyDown(map, { key: 'ArrowDown' });
    await waitFor(() => expect(card('revenue').getAttribute('data-selected')).toBe('true'));
    fireEvent.keyDown(map, { key: 'ArrowDown' });
    await waitFor(() => expect(card('revenue').getAttribute('data-selected')).toBeNull());
    expect(
      ['loyalty', 'quality'].some((id) => card(id).getAttribute('data-selected') === 'true'),
    ).toBe(true);
    fireEvent.keyDown(map, { key: 'Escape' });
    await waitFor(() =>
      expect(screen.getAllByTestId('map-objective').some((c) => c.dataset['selected'])).toBe(false),
    );
  });

  it('opens the side panel for a selected objective from the URL', async () => {
    await renderMap('?selected=quality&panel=details');
    const panel = await screen.findByRole('complementary', {
      name: 'Objective: Provide high product quality',
    });
    expect(within(panel).getByText('KPI returns')).toBeTruthy();
    expect(
      within(panel).getByRole('link', { name: 'Open objective page' }).getAttribute('href'),
    ).toBe('/w/default/s/acme/objectives/quality');
  });

  it('renames in place with F2 and sends the version it was based on', async () => {
    const map = await renderMap('?selected=quality');
    map.focus();
    fireEvent.keyDown(map, { key: 'F2' });
    const input = await screen.findByRole('textbox', { name: 'Objective name' });
    fireEvent.change(input, { target: { value: 'Make products that last' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.url).toBe('/api/workspaces/default/scorecards/acme/objectives/quality');
    expect(patch.body).toEqual({ name: 'Make products that last' });
    expect(patch.ifMatch).toBe('"3"');
  });

  it('shows a stale rename as a conflict and overwrites on the current version if asked', async () => {
    conflictWith = { id: 'quality', name: 'Quality first', version: 7 };
    const map = await renderMap('?selected=quality');
    map.focus();
    fireEvent.keyDown(map, { key: 'F2' });
    const input = await screen.findByRole('textbox', { name: 'Objective name' });
    fireEvent.change(input, { target: { value: 'Make products that last' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText('Someone else changed this meanwhile')).toBeTruthy();
    expect(screen.getByText('Quality first')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2));
    const retry = calls.filter((c) => c.method === 'PATCH')[1]!;
    expect(retry.ifMatch).toBe('"7"');
    expect(retry.body).toEqual({ name: 'Make products that last' });
  });

  it('cancels a rename with Escape without writing', async () => {
    const map = await renderMap('?selected=quality');
    map.focus();
    fireEvent.keyDown(map, { key: 'F2' });
    const input = await screen.findByRole('textbox', { name: 'Objective name' });
    fireEvent.change(input, { target: { value: 'Never saved' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() =>
      expect(screen.queryByRole('textbox', { name: 'Objective name' })).toBeNull(),
    );
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('adds an objective to a lane with a unique id from its name', async () => {
    await renderMap();
    fireEvent.click(screen.getByRole('button', { name: 'Add objective to Customer' }));
    const name = await screen.findByRole('textbox', { name: 'Name' });
    fireEvent.click(screen.getByRole('button', { name: 'Add objective' }));
    expect(await screen.findByText('expected a non-empty name')).toBeTruthy();
    fireEvent.change(name, { target: { value: 'Quality' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Owner' }), { target: { value: 'COO' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add objective' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      id: 'quality-2',
      name: 'Quality',
      perspective: 'customer',
      owner: 'COO',
    });
  });

  it('deletes the selected objective with the Delete key, with its version', async () => {
    const map = await renderMap('?selected=loyalty');
    map.focus();
    fireEvent.keyDown(map, { key: 'Delete' });
    const isEdits = (c: (typeof calls)[number]) => c.url === '/api/workspaces/default/edits';
    await waitFor(() => expect(calls.some(isEdits)).toBe(true));
    // One edit batch, so Undo can revert exactly it.
    expect(calls.find(isEdits)?.body).toEqual({
      edits: [{ op: 'delete', entity: 'objective', scorecard: 'acme', id: 'loyalty', version: 1 }],
    });
  });

  it('draws one arrow per link', async () => {
    await renderMap();
    await waitFor(() => expect(screen.getAllByTestId('map-link')).toHaveLength(links.length));
  });
});
