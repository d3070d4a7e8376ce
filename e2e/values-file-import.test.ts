/**
 * Issue 14's web story, in real Chromium against a real `bearing serve`: a KPI owner drops the
 * month's sheet on the data-entry page, sees the one bad row in the preview, fixes the file,
 * imports it, and the strategy map changes colour.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { StrategyMapPage } from './pages/strategy-map.page.ts';
import { REPO_ROOT } from './support/server.ts';
import { bearingSession } from './support/session.ts';
import { saveScreenshot } from './support/screenshots.ts';

const QUALITY = 'Provide high product quality';
// The demo's latest month is 2026-11; product quality there is amber (return rate 4.6 %).
const BAD = 'kpi,period,value\nProduct return rate,2026-11,2\nRetrun rate,2026-11,3\n';
const FIXED =
  'kpi,period,value\nProduct return rate,2026-11,2\nNew products passing the field test first time,2026-11,95\n';
const csv = (text: string) => ({
  name: 'november.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(text),
});

describe('importing a values file in the browser', () => {
  const session = bearingSession();

  it('starts from the example strategy: product quality is amber on the map', async () => {
    const yaml = await readFile(`${REPO_ROOT}/packages/cli/src/assets/strategy.yaml`, 'utf8');
    const res = await fetch(`${session.server.url}/api/workspaces/default/import?replace=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml' },
      body: yaml,
    });
    expect(res.status).toBe(200);
    await session.page.goto(`${session.server.url}/w/default/s/acme/map`);
    const map = new StrategyMapPage(session.page);
    await map.waitReady();
    await expect.poll(() => map.status(QUALITY)).toBe('amber');
  });

  it('shows the bad row of the file in the preview, the bad cell marked, and imports nothing', async () => {
    await session.page.goto(`${session.server.url}/w/default/s/acme/entry`);
    await session.page.getByRole('button', { name: 'Import from file' }).waitFor();
    await session.page.locator('input[type="file"]').first().setInputFiles(csv(BAD));
    const dialog = session.page.getByRole('dialog');
    const problems = dialog.getByRole('table', { name: 'Problems in the file' });
    await problems.waitFor();
    const row = problems.locator('[data-problem-row="3"]');
    expect(await row.locator('[data-bad]').textContent()).toContain('unknown KPI "Retrun rate"');
    expect(await dialog.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
    await saveScreenshot(session.page, 'values-import-problems');
  });

  it('takes the fixed file, previews the change, imports it, and the map turns green', async () => {
    const dialog = session.page.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles(csv(FIXED));
    const changes = dialog.getByRole('table', { name: 'Values the import writes' });
    await changes.waitFor();
    expect(await changes.getByRole('row', { name: /acme\/return-rate/ }).textContent()).toContain(
      '4.6 → 2',
    );
    await saveScreenshot(session.page, 'values-import-preview');
    await dialog.getByRole('button', { name: 'Import 2 values' }).click();
    await dialog.getByText('Imported', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();

    await session.page.goto(`${session.server.url}/w/default/s/acme/map`);
    const map = new StrategyMapPage(session.page);
    await map.waitReady();
    await expect.poll(() => map.status(QUALITY)).toBe('green');
  });
});
