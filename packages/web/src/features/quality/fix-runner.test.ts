import { afterEach, describe, expect, it, vi } from 'vitest';
import { FixFailedError, runFix, undoChanges } from './fix-runner.ts';
import type { FixPlan } from './fix-plan.ts';
import { fakeApi } from './fake-api.ts';

const SC = '/workspaces/default/scorecards/acme';

const movePlan: FixPlan = {
  calls: [
    {
      method: 'POST',
      path: `${SC}/kpis`,
      body: { objective: 'revenue', name: 'Loyalty' },
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

describe('runFix', () => {
  it('sends the calls in order, with bodies and If-Match, and returns the changes it made', async () => {
    const api = fakeApi({ existingChanges: ['old-1', 'old-2'] });
    vi.stubGlobal('fetch', api.fetch);
    const outcome = await runFix('default', 'acme', movePlan, () =>
      Date.parse('2026-06-01T12:00:00Z'),
    );
    expect(api.writes()).toEqual([
      `POST ${SC}/kpis`,
      `POST ${SC}/links`,
      `DELETE ${SC}/objectives/loyalty`,
    ]);
    expect(api.requests.find((r) => r.method === 'DELETE')?.ifMatch).toBe('"4"');
    expect(api.requests.find((r) => r.path === `${SC}/kpis`)?.body).toEqual({
      objective: 'revenue',
      name: 'Loyalty',
    });
    expect(outcome.changes).toEqual(['change-1', 'change-2', 'change-3']);
    expect(outcome.responses).toHaveLength(3);
  });

  it('reads the change log of the scorecard from a few minutes before the fix', async () => {
    const api = fakeApi();
    vi.stubGlobal('fetch', api.fetch);
    await runFix('default', 'acme', movePlan, () => Date.parse('2026-06-01T12:00:00Z'));
    const read = api.requests.find((r) => r.path === '/workspaces/default/changes');
    expect(read?.query.get('scorecard')).toBe('acme');
    expect(read?.query.get('since')).toBe('2026-06-01T11:55:00.000Z');
  });

  it('changes nothing when the first call fails', async () => {
    const api = fakeApi({
      fail: (method) => (method === 'POST' ? { status: 422, code: 'BROKEN_REFERENCE' } : null),
    });
    vi.stubGlobal('fetch', api.fetch);
    const error = await runFix('default', 'acme', movePlan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FixFailedError);
    expect((error as FixFailedError).clean).toBe(true);
    expect((error as FixFailedError).message).toBe(
      'Could not add the KPI: refused: BROKEN_REFERENCE',
    );
    expect(api.writes()).toEqual([`POST ${SC}/kpis`]);
  });

  it('undoes the steps already done, newest first, when the delete fails', async () => {
    const api = fakeApi({
      fail: (method) => (method === 'DELETE' ? { status: 409, code: 'CONFLICT' } : null),
    });
    vi.stubGlobal('fetch', api.fetch);
    const error = (await runFix('default', 'acme', movePlan).catch(
      (e: unknown) => e,
    )) as FixFailedError;
    expect(error.clean).toBe(true);
    expect(error.message).toContain('Could not delete "Earn customer loyalty": refused: CONFLICT');
    expect(error.message).toContain('Nothing was changed');
    expect(api.writes().slice(3)).toEqual([
      'POST /workspaces/default/changes/change-2/revert',
      'POST /workspaces/default/changes/change-1/revert',
    ]);
  });

  it('says what was left half-done when the undo fails too', async () => {
    const api = fakeApi({
      fail: (method, path) =>
        method === 'DELETE' || path.endsWith('/revert') ? { status: 500, code: 'INTERNAL' } : null,
    });
    vi.stubGlobal('fetch', api.fetch);
    const error = (await runFix('default', 'acme', movePlan).catch(
      (e: unknown) => e,
    )) as FixFailedError;
    expect(error.clean).toBe(false);
    expect(error.message).toContain('(add the KPI; link delivery) could not be undone');
  });

  it('reports a fix that landed even when the change log cannot be read afterwards', async () => {
    let reads = 0;
    const api = fakeApi({
      fail: (method, path) =>
        method === 'GET' && path.endsWith('/changes') && ++reads > 1
          ? { status: 503, code: 'UNAVAILABLE' }
          : null,
    });
    vi.stubGlobal('fetch', api.fetch);
    const outcome = await runFix('default', 'acme', movePlan);
    expect(outcome.changes).toEqual([]);
    expect(api.writes()).toHaveLength(3);
  });
});

describe('undoChanges', () => {
  it('reverts the changes newest first', async () => {
    const api = fakeApi();
    vi.stubGlobal('fetch', api.fetch);
    await undoChanges('default', ['a', 'b', 'c']);
    expect(api.writes()).toEqual([
      'POST /workspaces/default/changes/c/revert',
      'POST /workspaces/default/changes/b/revert',
      'POST /workspaces/default/changes/a/revert',
    ]);
  });
});
