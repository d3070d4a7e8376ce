import { afterEach, describe, expect, it, vi } from 'vitest';
import { FixFailedError, runFix, toEdit, undoFix } from './fix-runner.ts';
import type { FixPlan } from './fix-plan.ts';
import { fakeApi } from './fake-api.ts';

const SC = '/workspaces/default/scorecards/acme';

const movePlan: FixPlan = {
  calls: [
    {
      method: 'POST',
      path: `${SC}/kpis`,
      body: { objective: 'revenue', id: 'loyalty-kpi', name: 'Loyalty' },
      does: 'add the KPI',
    },
    {
      method: 'POST',
      path: `${SC}/links`,
      body: { from: 'delivery', to: 'revenue' },
      does: 'link delivery',
    },
    {
      method: 'DELETE',
      path: `${SC}/objectives/loyalty`,
      version: 4,
      does: 'delete "Earn customer loyalty"',
    },
  ],
  done: 'done',
  effects: [],
  destructive: false,
  created: null,
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('toEdit', () => {
  it('turns each planned entity call into the edit of a batch', () => {
    expect(movePlan.calls.map(toEdit)).toEqual([
      {
        op: 'create',
        entity: 'kpi',
        scorecard: 'acme',
        fields: { objective: 'revenue', id: 'loyalty-kpi', name: 'Loyalty' },
      },
      {
        op: 'create',
        entity: 'link',
        scorecard: 'acme',
        fields: { from: 'delivery', to: 'revenue' },
      },
      { op: 'delete', entity: 'objective', scorecard: 'acme', id: 'loyalty', version: 4 },
    ]);
  });

  it('addresses a link by its two ends and decodes ids', () => {
    expect(
      toEdit({
        method: 'PATCH',
        path: `${SC}/links/a%20b/c`,
        body: { lag: null },
        version: 2,
        does: '',
      }),
    ).toEqual({
      op: 'update',
      entity: 'link',
      scorecard: 'acme',
      id: 'a b->c',
      version: 2,
      fields: { lag: null },
    });
  });
});

describe('runFix', () => {
  it('sends the whole fix as ONE edit batch and returns its batch and change ids', async () => {
    const api = fakeApi({ existingChanges: ['old-1', 'old-2'] });
    vi.stubGlobal('fetch', api.fetch);
    const outcome = await runFix('default', movePlan);
    expect(api.writes()).toEqual(['POST /workspaces/default/edits']);
    expect((api.requests[0]?.body as { edits: unknown[] }).edits).toHaveLength(3);
    expect(outcome.changes).toHaveLength(3);
    expect(outcome.batch).toMatch(/^batch-/);
    // No reading of the change log: nothing is found by time windows.
    expect(api.requests.filter((r) => r.method === 'GET')).toEqual([]);
  });

  it('reports a refused batch as clean, naming the edit the server blamed', async () => {
    const api = fakeApi({
      fail: (method) => (method === 'POST' ? { status: 409, code: 'CONFLICT' } : null),
    });
    vi.stubGlobal('fetch', api.fetch);
    const error = await runFix('default', movePlan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FixFailedError);
    expect((error as FixFailedError).clean).toBe(true);
    expect((error as FixFailedError).message).toContain('Nothing was changed');
    expect(api.writes()).toEqual(['POST /workspaces/default/edits']);
  });
});

describe('undoFix', () => {
  it("reverts exactly the fix's batch", async () => {
    const api = fakeApi();
    vi.stubGlobal('fetch', api.fetch);
    const outcome = await runFix('default', movePlan);
    await undoFix('default', outcome.batch);
    expect(api.writes()).toEqual([
      'POST /workspaces/default/edits',
      `POST /workspaces/default/batches/${outcome.batch}/revert`,
    ]);
  });
});
