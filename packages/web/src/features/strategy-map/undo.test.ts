import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Change } from '../../api/types.ts';
import { newestDelete, undoDelete } from './undo.ts';

const change = (id: string, operation: Change['operation'], entityKey: string): Change => ({
  id,
  entityType: 'objective',
  operation,
  scorecard: 'acme',
  entityKey,
  period: null,
  actor: 'local',
  at: '2026-11-25T12:00:00.000Z',
  before: null,
  after: null,
});

describe('newestDelete', () => {
  it('finds the latest delete of the entity, not an older one or another operation', () => {
    const log = [
      change('1', 'delete', 'quality'),
      change('2', 'create', 'quality'),
      change('3', 'delete', 'quality'),
      change('4', 'update', 'quality'),
      change('5', 'delete', 'loyalty'),
    ];
    expect(newestDelete(log, 'objective', 'quality')?.id).toBe('3');
    expect(newestDelete(log, 'objective', 'missing')).toBeNull();
    expect(newestDelete(log, 'kpi', 'quality')).toBeNull();
  });
});

describe('undoDelete', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reverts the newest delete found in the change log', async () => {
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init: RequestInit) => {
        calls.push(`${init.method ?? 'GET'} ${url}`);
        const body = url.includes('/revert')
          ? { reverted: '9' }
          : { changes: [change('8', 'delete', 'quality'), change('9', 'delete', 'quality')] };
        return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
      }),
    );
    await undoDelete('default', 'acme', 'objective', 'quality', new Date('2026-11-25T12:00:00Z'));
    expect(calls[0]).toContain('GET /api/workspaces/default/changes?entity=objective');
    expect(calls[0]).toContain('since=2026-11-25T11%3A50%3A00.000Z');
    expect(calls[1]).toBe('POST /api/workspaces/default/changes/9/revert');
  });

  it('reads the whole log when the delete is older than the margin, and fails if it is not there', async () => {
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) => {
        calls.push(url);
        return Promise.resolve(new Response(JSON.stringify({ changes: [] }), { status: 200 }));
      }),
    );
    await expect(undoDelete('default', 'acme', 'objective', 'quality', new Date())).rejects.toThrow(
      /not in the change log/,
    );
    expect(calls).toHaveLength(2);
    expect(calls[1]).not.toContain('since=');
  });
});
