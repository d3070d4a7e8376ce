import { parseStrategyText } from '@bearing/core';
import { readStrategyWorkbook } from '@bearing/io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_YAML, buildTestApp, importExample } from '../../test-helpers.ts';
import type { App } from '../../types.ts';
import { createTestDatabase } from '@bearing/testing/databases';

describe('GET /api/workspaces/{ws}/export?format=xlsx', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp(await createTestDatabase('sqlite'));
    await importExample(app);
  });
  afterAll(() => app.close());

  it('downloads the strategy workbook, which reads back as the workspace strategy', async () => {
    const res = await app.inject({ url: '/api/workspaces/default/export?format=xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe('attachment; filename="default-strategy.xlsx"');
    const read = await readStrategyWorkbook(new Uint8Array(res.rawPayload));
    const example = parseStrategyText(EXAMPLE_YAML);
    expect(read.ok && read.value).toEqual(example.ok && example.value);
  });

  it('answers 404 for a workspace that does not exist', async () => {
    const res = await app.inject({ url: '/api/workspaces/nowhere/export?format=xlsx' });
    expect(res.statusCode).toBe(404);
  });
});
