/**
 * Every main screen, populated by `bearing serve --demo`: each must render its content (not a
 * blank session.page, not an error), and each is photographed. `npm run screenshots` writes the photos
 * to docs/screenshots, where the README shows them.
 */
import { describe, expect, it } from 'vitest';
import { StrategyMapPage } from './pages/strategy-map.page.ts';
import { saveScreenshot } from './support/screenshots.ts';
import { bearingSession } from './support/session.ts';

describe('the main screens on the demo strategy', () => {
  const session = bearingSession({ demo: true });
  const at = (path: string) => `${session.server.url}/w/default${path}`;

  it('opens the demo scorecard from the root URL', async () => {
    await session.page.goto(session.server.url);
    await session.page.waitForURL(/\/w\/default$/);
    await session.page.getByText('Acme Outdoor company scorecard').first().waitFor();
    await saveScreenshot(session.page, 'scorecards');
  });

  it('shows the strategy map coloured by status, with the quality panel', async () => {
    await session.page.goto(at('/s/acme/map?panel=quality'));
    const map = new StrategyMapPage(session.page);
    await map.waitReady();
    expect(await session.page.getByTestId('map-objective').count()).toBe(7);
    expect(await map.status('Build quality skills')).toBe('amber');
    expect(await map.status('Earn customer loyalty')).toBe('green');
    expect(await map.links().count()).toBeGreaterThan(0);
    await session.page.getByText('Strategy quality').first().waitFor();
    await saveScreenshot(session.page, 'strategy-map');
  });

  it('shows the map in the dark theme', async () => {
    await session.page.goto(at('/s/acme/map?selected=quality'));
    await new StrategyMapPage(session.page).waitReady();
    await session.page.getByRole('button', { name: /switch to dark theme/i }).click();
    await saveScreenshot(session.page, 'strategy-map-dark');
    await session.page.getByRole('button', { name: /switch to light theme/i }).click();
  });

  it('shows the scorecard table with every KPI', async () => {
    await session.page.goto(at('/s/acme/table'));
    await session.page.getByText('Net Promoter Score').first().waitFor();
    await session.page.getByText('Product return rate').first().waitFor();
    await saveScreenshot(session.page, 'scorecard-table');
  });

  it('shows a KPI page with its chart, values and explanation', async () => {
    await session.page.goto(at('/s/acme/kpis/nps'));
    await session.page.getByText('Net Promoter Score').first().waitFor();
    await session.page.locator('canvas, svg.echarts, [_echarts_instance_]').first().waitFor();
    await session.page
      .getByLabel(/^Value for /)
      .first()
      .waitFor();
    await saveScreenshot(session.page, 'kpi-page');
  });

  it('shows an objective page', async () => {
    await session.page.goto(at('/s/acme/objectives/quality'));
    await session.page.getByText('Product return rate').first().waitFor();
    await saveScreenshot(session.page, 'objective-page');
  });

  it('shows the dashboard', async () => {
    await session.page.goto(at('/s/acme/dashboard'));
    await session.page.locator('canvas, svg').first().waitFor();
    await session.page
      .getByText(/Quality management programme|initiative/i)
      .first()
      .waitFor();
    await saveScreenshot(session.page, 'dashboard');
  });

  it('shows the data entry grid', async () => {
    await session.page.goto(at('/s/acme/entry'));
    await session.page.getByText('Product return rate').first().waitFor();
    await saveScreenshot(session.page, 'data-entry');
  });

  it('shows the customer view, the template gallery and the wizard', async () => {
    await session.page.goto(at('/s/acme/customer'));
    await session.page
      .getByText(/customer/i)
      .first()
      .waitFor();
    await saveScreenshot(session.page, 'customer');
    await session.page.goto(at('/templates'));
    await session.page.getByText('St. Brigid Hospice').first().waitFor();
    await saveScreenshot(session.page, 'templates');
    await session.page.goto(at('/wizard'));
    await session.page
      .getByText(/customers/i)
      .first()
      .waitFor();
    await saveScreenshot(session.page, 'wizard');
  });

  it('threw no uncaught error in the page', () => {
    expect(session.errors).toEqual([]);
  });
});
