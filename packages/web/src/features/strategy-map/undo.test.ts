import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteAsBatch, undoBatch } from './undo.ts';

afterEach(() => vi.unstubAllGlobals());

/** Records every request and answers as the server does for edit batches and their revert. */
function stubServer() {
  const calls: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) => {
      const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method: init.method ?? 'GET', url, body });
      const answer = url.endsWith('/edits')
        ? { batch: 'b-1', changes: ['c-1'] }
        : { reverted: 'b-1', batch: 'b-2', changes: ['c-2'] };
      return Promise.resolve(new Response(JSON.stringify(answer), { status: 200 }));
    }),
  );
  return calls;
}

describe('deleteAsBatch', () => {
  it('sends the delete as an edit batch of one and returns the batch id', async () => {
    const calls = stubServer();
    const edit = {
      op: 'delete',
      entity: 'objective',
      scorecard: 'acme',
      id: 'quality',
      version: 3,
    } as const;
    const outcome = await deleteAsBatch('default', edit);
    expect(outcome).toEqual({ batch: 'b-1', changes: ['c-1'] });
    expect(calls).toEqual([
      { method: 'POST', url: '/api/workspaces/default/edits', body: { edits: [edit] } },
    ]);
  });
});

describe('undoBatch', () => {
  it('reverts exactly the batch it is given, without reading the change log', async () => {
    const calls = stubServer();
    await undoBatch('default', 'b-1');
    expect(calls).toEqual([
      { method: 'POST', url: '/api/workspaces/default/batches/b-1/revert', body: undefined },
    ]);
  });
});
