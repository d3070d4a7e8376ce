import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '../test/mock-api.ts';
import { fetchValuesExport, valuesMediaType, XLSX_MEDIA_TYPE } from './values-file.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('values files', () => {
  it('sends a file as CSV or XLSX by its name, and nothing else', () => {
    expect(valuesMediaType('June.CSV')).toBe('text/csv');
    expect(valuesMediaType('values.xlsx')).toBe(XLSX_MEDIA_TYPE);
    expect(valuesMediaType('old.xls')).toBeNull();
  });

  it('downloads the export of one scorecard, and turns a refusal into a readable error', async () => {
    const requests = mockApi([
      { path: '/workspaces/default/values/export', reply: 'scorecard,kpi\n' },
    ]);
    const file = await fetchValuesExport('default', 'acme', 'xlsx');
    expect(file.name).toBe('acme-values.xlsx');
    expect(requests[0]?.query.get('format')).toBe('xlsx');
    expect(requests[0]?.query.get('scorecard')).toBe('acme');

    mockApi([]);
    await expect(fetchValuesExport('default', 'nope', 'csv')).rejects.toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
  });
});
