/**
 * The customer toolkit in the browser: a new user goes through the wizard and gets a map; every
 * template opens with a coloured map; the customer view of a template shows its segments.
 */
import { describe, expect, it } from 'vitest';
import { StrategyMapPage } from './pages/strategy-map.page.ts';
import { WizardPage } from './pages/wizard.page.ts';
import { saveScreenshot } from './support/screenshots.ts';
import { bearingSession } from './support/session.ts';

describe('the customer toolkit in the browser', () => {
  const session = bearingSession();

  it('takes a new user from the wizard to a strategy map', async () => {
    await session.page.goto(`${session.server.url}/w/default/wizard`);
    const wizard = new WizardPage(session.page);
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
      (step) => saveScreenshot(session.page, `wizard-${step}`).then(() => undefined),
    );
    await wizard.create();
    const map = new StrategyMapPage(session.page);
    await map.waitReady();
    expect(await session.page.getByTestId('map-objective').count()).toBeGreaterThanOrEqual(8);
    expect(await map.links().count()).toBeGreaterThan(0);
    await saveScreenshot(session.page, 'wizard-map');
  });

  it('writes a hospice’s map in the words of health care', async () => {
    await session.page.goto(`${session.server.url}/w/default/wizard`);
    const wizard = new WizardPage(session.page);
    await wizard.run({
      organization: 'St. Clara Hospice',
      sector: 'hospice',
      partner: 'Referring physicians',
      segments: [{ name: 'Patients with a life-limiting illness', values: ['Service'] }],
      discipline: 'Customer intimacy',
      outcome: 'Market share',
      challenge: 'Patients are referred too late',
    });
    const page = session.page;
    await page
      .getByText('Care that patients and families value', { exact: true })
      .first()
      .waitFor();
    expect(await page.getByText('Great shopping experience').count()).toBe(0);
    expect(await page.getByText('Grow revenue from targeted customers').count()).toBe(0);
    await wizard.create();
    const map = new StrategyMapPage(page);
    await map.waitReady();
    const objectives = page.getByTestId('map-objective');
    await objectives.filter({ hasText: 'Secure stable funding for care' }).first().waitFor();
    expect(
      await objectives
        .filter({ hasText: 'Referrers and care partners who can count on us' })
        .count(),
    ).toBe(1);
  });

  it('opens every template with a coloured map', async () => {
    const list = (await (await fetch(`${session.server.url}/api/templates`)).json()) as {
      templates: { name: string }[];
    };
    expect(list.templates.length).toBeGreaterThanOrEqual(8);
    for (const { name } of list.templates) {
      const created = await fetch(`${session.server.url}/api/workspaces`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ key: `t-${name}`, name }),
      });
      expect(created.ok).toBe(true);
      const applied = await fetch(
        `${session.server.url}/api/workspaces/t-${name}/templates/${name}/apply`,
        // A body-less POST needs the header a foreign page cannot send (docs/api.md).
        { method: 'POST', headers: { 'X-Bearing-Request': '1' } },
      );
      expect(applied.status).toBe(200);
      const { scorecards } = (await applied.json()) as { scorecards: string[] };
      await session.page.goto(`${session.server.url}/w/t-${name}/s/${scorecards[0]}/map`);
      await new StrategyMapPage(session.page).waitReady();
      const statuses = await session.page
        .getByTestId('map-objective')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-status')));
      expect(statuses.length, name).toBeGreaterThan(0);
      expect(statuses.filter((s) => s !== 'none').length, name).toBeGreaterThan(0);
    }
  });

  it('shows a template’s customers, segments and value proposition', async () => {
    await session.page.goto(`${session.server.url}/w/t-product-leadership/s/summit-gear/customer`);
    await session.page.getByRole('heading', { name: 'Customer perspective' }).waitFor();
    await saveScreenshot(session.page, 'customer-view');
  });

  it('threw no uncaught error in the page', () => {
    expect(session.errors).toEqual([]);
  });
});
