/**
 * Issue 13's web story in real Chromium against a real `bearing serve`: a strategy with 30 months
 * of history (the CLI's evidence fixture) opens with its links drawn by verdict; a click on the
 * contradicted link explains it; the Evidence view lists it first and opens it on the map again.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvidencePage } from './pages/evidence.page.ts';
import { StrategyMapPage } from './pages/strategy-map.page.ts';
import { saveScreenshot } from './support/screenshots.ts';
import { REPO_ROOT } from './support/server.ts';
import { bearingSession } from './support/session.ts';

const FIXTURE = join(REPO_ROOT, 'packages/cli/src/__fixtures__/evidence.yaml');

describe('hypothesis evidence in the browser', () => {
  const session = bearingSession();

  it('imports a strategy with 30 months of history', async () => {
    const response = await fetch(
      `${session.server.url}/api/workspaces/default/import?replace=true`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/yaml' },
        body: await readFile(FIXTURE, 'utf8'),
      },
    );
    expect(response.status).toBeLessThan(300);
  });

  it('draws the contradicted link on the map, and a click explains it', async () => {
    const page = session.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${session.server.url}/w/default/s/corp/map`);
    const map = new StrategyMapPage(page);
    await map.waitReady();
    const evidence = new EvidencePage(page);
    const contradicted = evidence.arrow('qa', 'cost');
    // An arrow's group has no box of its own: wait for it in the page, not for it to be visible.
    await contradicted.and(page.locator('[data-verdict]')).waitFor({ state: 'attached' });
    expect(await contradicted.getAttribute('data-verdict')).toBe('contradicted');
    expect(await contradicted.getAttribute('aria-label')).toContain('Evidence: contradicted');
    const stroke = await contradicted
      .locator('.bm-link-path')
      .evaluate((path) => getComputedStyle(path).strokeDasharray);
    expect(stroke).not.toBe('none');
    expect(await evidence.arrow('qa', 'quality').getAttribute('data-verdict')).toBe('supported');
    await page.getByRole('group', { name: 'Evidence legend' }).waitFor();
    await saveScreenshot(page, 'evidence-map');

    await evidence.clickArrow('qa', 'cost');
    expect(await evidence.reason()).toMatch(/\w+ \w+/);
    await evidence.linkDialog.getByTestId('echart').locator('svg').first().waitFor();
    expect(await evidence.linkDialog.getByTestId('link-chart-caption').textContent()).toContain(
      'shifted',
    );
    expect(await evidence.linkDialog.getByRole('button', { name: 'Delete link' }).count()).toBe(1);
    await saveScreenshot(page, 'evidence-link');
    await page.keyboard.press('Escape');
    await evidence.linkDialog.waitFor({ state: 'hidden' });
  });

  it('lists every link in the Evidence view, contradicted first, and opens one on the map', async () => {
    const page = session.page;
    const evidence = new EvidencePage(page);
    await evidence.openView();
    const verdicts = await evidence
      .items()
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-verdict')));
    expect(verdicts[0]).toBe('contradicted');
    expect(verdicts).toHaveLength(4);
    await saveScreenshot(page, 'evidence-view');
    await evidence.items().first().getByRole('link', { name: 'Show on the map' }).click();
    await page.waitForURL(/\/map\?link=qa-%3Ecost/);
    expect(await evidence.reason()).not.toBe('');
    expect(session.errors).toEqual([]);
  });
});
