import { afterEach, describe, expect, it, vi } from 'vitest';
import { request } from './client.ts';

describe('request', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('marks every call as the web app’s, so the server tells it from a cross-site request', async () => {
    const fetch = vi.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(new Response('{"ok":true}', { status: 200 })),
    );
    vi.stubGlobal('fetch', fetch);
    await request('/workspaces/default/changes/c1/revert', { method: 'POST' });
    await request('/workspaces', { method: 'POST', body: { key: 'x', name: 'X' } });
    for (const [, init] of fetch.mock.calls) {
      expect(init.headers).toMatchObject({ 'X-Bearing-Request': '1' });
    }
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
