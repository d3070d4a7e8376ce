import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileNameFrom } from '../../api/download.ts';
import { fetchDocument } from './download-document.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fileNameFrom', () => {
  it('reads the attachment’s file name', () => {
    expect(fileNameFrom('attachment; filename="acme-strategy.html"')).toBe('acme-strategy.html');
    expect(fileNameFrom(null)).toBeNull();
  });
});

describe('fetchDocument', () => {
  it('asks for the format and period, and names the file from the header', async () => {
    const fetch = vi.fn(() =>
      Promise.resolve(
        new Response('# Acme', {
          headers: { 'content-disposition': 'attachment; filename="acme-strategy.md"' },
        }),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    const file = await fetchDocument('default', 'acme', 'md', '2026-Q2');
    expect(fetch).toHaveBeenCalledWith(
      '/api/workspaces/default/scorecards/acme/document?format=md&period=2026-Q2',
      { headers: { 'X-Bearing-Request': '1' } },
    );
    expect(file.name).toBe('acme-strategy.md');
    expect(await file.blob.text()).toBe('# Acme');
  });

  it('downloads the strategy workbook from the workspace export, named by the workspace', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(new Uint8Array([80, 75]))));
    vi.stubGlobal('fetch', fetch);
    const file = await fetchDocument('default', 'acme', 'xlsx', '2026-Q2');
    expect(fetch).toHaveBeenCalledWith('/api/workspaces/default/export?format=xlsx', {
      headers: { 'X-Bearing-Request': '1' },
    });
    expect(file.name).toBe('default-strategy.xlsx');
  });

  it('turns an API error into a readable ApiError instead of a file', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(
            JSON.stringify({ error: { code: 'NOT_FOUND', message: 'no scorecard "x"' } }),
            { status: 404 },
          ),
        ),
      ),
    );
    await expect(fetchDocument('default', 'x', 'html', null)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'no scorecard "x"',
    });
  });
});
