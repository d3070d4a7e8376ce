/**
 * Every main screen, populated by `bearing serve --demo`: each must render its content (not a
 * blank page, not an error), and each is photographed. `npm run screenshots` writes the photos
 * to docs/screenshots, where the README shows them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StrategyMapPage } from './pages/strategy-map.page.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { saveScreenshot } from './support/screenshots.ts';
import { startBearing, type RunningBearing } from './support/server.ts';

describe('the main screens on the demo strategy', () => {
  let server: RunningBearing;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const at = (path: string) => `${server.url}/w/default${path}`;

  beforeAll(async () => {
    server = await startBearing({ demo: true });
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser));
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('opens the demo scorecard from the root URL', async () => {
    await page.goto(server.url);
    await page.waitForURL(/\/w\/default$/);
    await page.getByText('Acme Outdoor company scorecard').first().waitFor();
    await saveScreenshot(page, 'scorecards');
  });

  it('shows the strategy map coloured by status, with the quality panel', async () => {
    await page.goto(at('/s/acme/map?panel=quality'));
    const map = new StrategyMapPage(page);
    await map.waitReady();
    expect(await page.getByTestId('map-objective').count()).toBe(7);
    expect(await map.status('Build quality skills')).toBe('red');
    expect(await map.links().count()).toBeGreaterThan(0);
    await page.getByText('Strategy quality').first().waitFor();
    await saveScreenshot(page, 'strategy-map');
  });

  it('shows the map in the dark theme', async () => {
    await page.goto(at('/s/acme/map?selected=quality'));
    await new StrategyMapPage(page).waitReady();
    await page.getByRole('button', { name: /switch to dark theme/i }).click();
    await saveScreenshot(page, 'strategy-map-dark');
    await page.getByRole('button', { name: /switch to light theme/i }).click();
  });

  it('shows the scorecard table with every KPI', async () => {
    await page.goto(at('/s/acme/table'));
    await page.getByText('Net Promoter Score').first().waitFor();
    await page.getByText('Product return rate').first().waitFor();
    await saveScreenshot(page, 'scorecard-table');
  });

  it('shows a KPI page with its chart, values and explanation', async () => {
    await page.goto(at('/s/acme/kpis/nps'));
    await page.getByText('Net Promoter Score').first().waitFor();
    await page.locator('canvas, svg.echarts, [_echarts_instance_]').first().waitFor();
    await page
      .getByLabel(/^Value for /)
      .first()
      .waitFor();
    await saveScreenshot(page, 'kpi-page');
  });

  it('shows an objective page', async () => {
    await page.goto(at('/s/acme/objectives/quality'));
    await page.getByText('Product return rate').first().waitFor();
    await saveScreenshot(page, 'objective-page');
  });

  it('shows the dashboard', async () => {
    await page.goto(at('/s/acme/dashboard'));
    await page.locator('canvas, svg').first().waitFor();
    await page
      .getByText(/Quality management programme|initiative/i)
      .first()
      .waitFor();
    await saveScreenshot(page, 'dashboard');
  });

  it('shows the data entry grid', async () => {
    await page.goto(at('/s/acme/entry'));
    await page.getByText('Net Promoter Score').first().waitFor();
    await saveScreenshot(page, 'data-entry');
  });

  it('shows the customer view, the template gallery and the wizard', async () => {
    await page.goto(at('/s/acme/customer'));
    await page
      .getByText(/customer/i)
      .first()
      .waitFor();
    await saveScreenshot(page, 'customer');
    await page.goto(at('/templates'));
    await page.getByText('St. Brigid Hospice').first().waitFor();
    await saveScreenshot(page, 'templates');
    await page.goto(at('/wizard'));
    await page
      .getByText(/customers/i)
      .first()
      .waitFor();
    await saveScreenshot(page, 'wizard');
  });

  it('threw no uncaught error in the page', () => {
    expect(errors).toEqual([]);
  });
});
