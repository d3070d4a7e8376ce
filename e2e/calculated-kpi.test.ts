/**
 * Issue 12's web story, in real Chromium against a real `bearing serve`: build "conversion =
 * orders / visits" in the app without reading the docs — type `[` to pick the inputs, see the
 * value as you type — and see the calculated KPI coloured on the map.
 */
import { describe, expect, it } from 'vitest';
import { FormulaField } from './pages/formula-field.page.ts';
import { KpiPage } from './pages/kpi.page.ts';
import { ObjectivePage } from './pages/objective.page.ts';
import { ScorecardIndexPage } from './pages/scorecard-index.page.ts';
import { StrategyMapPage } from './pages/strategy-map.page.ts';
import { bearingSession } from './support/session.ts';
import { saveScreenshot } from './support/screenshots.ts';

const TRAFFIC = 'Attract shoppers';
const CONVERT = 'Turn visits into orders';

describe('a calculated KPI built in the browser', () => {
  const session = bearingSession();

  it('enters the inputs: orders and visits, with a value each', async () => {
    const index = new ScorecardIndexPage(session.page);
    await index.open(session.server.url);
    await index.createScorecard('Web shop');
    const map = new StrategyMapPage(session.page);
    await map.waitReady();
    await map.addObjective('Customer', TRAFFIC);
    await map.addObjective('Customer', CONVERT);
    // By address: the map may still be settling its layout after the second card.
    await session.page.goto(
      `${session.server.url}/w/default/s/web-shop/objectives/attract-shoppers`,
    );
    const objective = new ObjectivePage(session.page);
    await objective.addKpi({ name: 'Orders', baseline: 0, target: 100 });
    await objective.addKpi({ name: 'Visits', baseline: 0, target: 5000 });
    await objective.openKpi('Orders');
    await new KpiPage(session.page).enterNewest([120]);
    await session.page.goBack();
    await objective.openKpi('Visits');
    await new KpiPage(session.page).enterNewest([4800]);
    await session.page.goBack();
  });

  it('builds conversion = orders / visits with completion, seeing its value as it is typed', async () => {
    await session.page.goto(
      `${session.server.url}/w/default/s/web-shop/objectives/turn-visits-into-orders`,
    );
    await session.page.getByRole('button', { name: 'Add KPI' }).first().click();
    const dialog = session.page.getByRole('dialog', { name: 'Add a KPI' });
    await dialog.getByLabel('Name').fill('Conversion rate');
    await dialog.getByLabel('Unit').fill('%');
    await dialog.getByLabel('Baseline').fill('1');
    await dialog.getByLabel('Target', { exact: true }).fill('2');

    const formula = new FormulaField(dialog);
    await formula.type('[');
    await formula.options().first().waitFor();
    await saveScreenshot(session.page, 'formula-completion');
    await formula.pick('orders');
    await formula.type(' / [vis');
    await formula.pick('visits', 'Tab');
    await formula.type(' * 100');
    expect(await formula.input().inputValue()).toBe('[orders] / [visits] * 100');
    await expect.poll(() => formula.preview().textContent()).toMatch(/^= 2\.5% for /);
    await saveScreenshot(session.page, 'formula-editor');

    await dialog.getByRole('button', { name: 'Add KPI' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('shows the calculated KPI computed from its inputs, and coloured on the map', async () => {
    await new ObjectivePage(session.page).openKpi('Conversion rate');
    const computed = session.page.getByTestId('computed-from');
    await computed.getByRole('link', { name: 'Orders' }).waitFor();
    expect(await computed.getByRole('link', { name: 'Visits' }).count()).toBe(1);
    expect(await session.page.getByLabel(/^Value for /).count()).toBe(0);

    await saveScreenshot(session.page, 'calculated-kpi-page');
    await session.page.getByRole('link', { name: 'Strategy map' }).first().click();
    const map = new StrategyMapPage(session.page);
    await map.waitReady();
    await expect.poll(() => map.status(CONVERT)).toBe('green');
  });

  it('underlines a mistyped reference as it is typed, with a did-you-mean', async () => {
    await session.page.goBack();
    const definition = session.page.getByRole('form', { name: 'KPI definition' });
    const formula = new FormulaField(definition);
    await formula.input().fill('[orders] / [vists] * 100');
    const problems = definition.getByRole('alert', { name: 'Problems in the formula' });
    await problems.waitFor();
    expect(await problems.textContent()).toContain('vists');
    expect(await definition.getByTestId('formula-mirror').locator('mark').textContent()).toBe(
      '[vists]',
    );
    await problems.scrollIntoViewIfNeeded();
    await saveScreenshot(session.page, 'formula-problem');
  });

  it('shows it read-only with its computed value in data entry', async () => {
    await session.page.goto(`${session.server.url}/w/default/s/web-shop/entry`);
    const computed = session.page.getByLabel('Computed value of Conversion rate');
    await computed.waitFor();
    expect(await computed.textContent()).toBe('2.5%');
    const row = session.page.locator('tr[data-kpi="conversion-rate"]');
    expect(await row.locator('input').count()).toBe(0);
    expect(await session.page.getByRole('textbox', { name: /^Value of Orders/ }).count()).toBe(1);
  });
});
