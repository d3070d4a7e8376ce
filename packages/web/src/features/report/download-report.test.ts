import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchMapPdf, fetchReport } from './download-report.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

function serve(response: Response) {
  const fetch = vi.fn(() => Promise.resolve(response));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('fetchReport and fetchMapPdf', () => {
  it('ask the report route for the format and period, naming the file from the header', async () => {
    const fetch = serve(
      new Response('%PDF-1.4', {
        headers: { 'content-disposition': 'attachment; filename="acme-board-report.pdf"' },
      }),
    );
    const file = await fetchReport('default', 'acme', 'pdf', '2026-06');
    expect(fetch).toHaveBeenCalledWith(
      '/api/workspaces/default/scorecards/acme/report?format=pdf&period=2026-06',
      { headers: { 'X-Bearing-Request': '1' } },
    );
    expect(file.name).toBe('acme-board-report.pdf');
  });

  it('ask the map route for a PDF at the latest period when none is given', async () => {
    const fetch = serve(new Response('%PDF-1.4'));
    const file = await fetchMapPdf('default', 'acme', null);
    expect(fetch).toHaveBeenCalledWith('/api/workspaces/default/scorecards/acme/map?format=pdf', {
      headers: { 'X-Bearing-Request': '1' },
    });
    expect(file.name).toBe('acme-strategy-map.pdf');
  });

  it('turn a server without Chromium into a readable error, not a file', async () => {
    serve(
      new Response(
        JSON.stringify({
          error: { code: 'UNAVAILABLE', message: 'cannot start Chromium; or ask for format=html' },
        }),
        { status: 503, headers: { 'content-type': 'application/json' } },
      ),
    );
    await expect(fetchReport('default', 'acme', 'pdf', null)).rejects.toMatchObject({
      status: 503,
      message: expect.stringContaining('format=html') as unknown,
    });
  });
});
