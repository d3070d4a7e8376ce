/**
 * The customer toolkit in the browser: a new user goes through the wizard and gets a map; every
 * template opens with a coloured map; the customer view of a template shows its segments.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StrategyMapPage } from './pages/strategy-map.page.ts';
import { WizardPage } from './pages/wizard.page.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { saveScreenshot } from './support/screenshots.ts';
import { startBearing, type RunningBearing } from './support/server.ts';

describe('the customer toolkit in the browser', () => {
  let server: RunningBearing;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startBearing();
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser));
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('takes a new user from the wizard to a strategy map', async () => {
    await page.goto(`${server.url}/w/default/wizard`);
    const wizard = new WizardPage(page);
    await wizard.run(
      {
        organization: 'Harbour Bikes',
        partner: 'Independent bike shops',
        segments: [
          { name: 'Commuters', values: ['Time', 'Quality'] },
          { name: 'Weekend riders', values: ['Functionality', 'Brand'] },
        ],
        discipline: 'Product leadership',
        outcome: 'Market share',
        challenge: 'Commuters try us once and then buy online',
      },
      (step) => saveScreenshot(page, `wizard-${step}`).then(() => undefined),
    );
    await wizard.create();
    const map = new StrategyMapPage(page);
    await map.waitReady();
    expect(await page.getByTestId('map-objective').count()).toBeGreaterThanOrEqual(8);
    expect(await map.links().count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'wizard-map');
  });

  it('opens every template with a coloured map', async () => {
    const list = (await (await fetch(`${server.url}/api/templates`)).json()) as {
      templates: { name: string }[];
    };
    expect(list.templates.length).toBeGreaterThanOrEqual(8);
    for (const { name } of list.templates) {
      const created = await fetch(`${server.url}/api/workspaces`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ key: `t-${name}`, name }),
      });
      expect(created.ok).toBe(true);
      const applied = await fetch(
        `${server.url}/api/workspaces/t-${name}/templates/${name}/apply`,
        {
          method: 'POST',
        },
      );
      const { scorecards } = (await applied.json()) as { scorecards: string[] };
      await page.goto(`${server.url}/w/t-${name}/s/${scorecards[0]}/map`);
      await new StrategyMapPage(page).waitReady();
      const statuses = await page
        .getByTestId('map-objective')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-status')));
      expect(statuses.length, name).toBeGreaterThan(0);
      expect(statuses.filter((s) => s !== 'none').length, name).toBeGreaterThan(0);
    }
  });

  it('shows a template’s customers, segments and value proposition', async () => {
    await page.goto(`${server.url}/w/t-product-leadership/s/summit-gear/customer`);
    await page.getByRole('heading', { name: 'Customer perspective' }).waitFor();
    await saveScreenshot(page, 'customer-view');
  });

  it('threw no uncaught error in the page', () => {
    expect(errors).toEqual([]);
  });
});
