/**
 * Issue #6 in the browser: the quality panel beside the map, a click on a finding's objective
 * selects it on the map, and a one-click fix changes the strategy (and can be undone).
 */
import { describe, expect, it } from 'vitest';
import { StrategyMapPage } from './pages/strategy-map.page.ts';
import { bearingSession } from './support/session.ts';

describe('the quality panel beside the map', () => {
  const session = bearingSession({ demo: true });
  const kpisOf = async (objective: string) => {
    const response = await fetch(
      `${session.server.url}/api/workspaces/default/scorecards/acme/kpis?objective=${objective}`,
    );
    return ((await response.json()) as { kpis: { indicator: string }[] }).kpis;
  };

  it('jumps from a finding to its objective on the map', async () => {
    await session.page.goto(`${session.server.url}/w/default/s/acme/map?panel=quality`);
    const map = new StrategyMapPage(session.page);
    await map.waitReady();
    const panel = session.page.getByRole('complementary', { name: 'Strategy quality' });
    await panel.getByRole('button', { name: 'Earn customer loyalty' }).first().click();
    await expect
      .poll(() => new URL(session.page.url()).searchParams.get('selected'))
      .toBe('loyalty');
    await expect
      .poll(() => map.card('Earn customer loyalty').getAttribute('aria-selected'))
      .toBe('true');
  });

  it('adds the missing leading KPI with one click', async () => {
    const before = await kpisOf('grow-repeat-revenue');
    expect(before.some((k) => k.indicator === 'leading')).toBe(false);
    const panel = session.page.getByRole('complementary', { name: 'Strategy quality' });
    const finding = panel
      .getByTestId('finding')
      .filter({ hasText: '"Grow revenue from repeat customers" has no leading KPI' })
      .first();
    // Categories other than the first start folded.
    if (!(await finding.isVisible())) {
      await panel
        .getByRole('button', { name: /^Measurement/ })
        .first()
        .click();
    }
    await finding.getByRole('button', { name: 'Add a leading KPI' }).click();
    await expect
      .poll(async () =>
        (await kpisOf('grow-repeat-revenue')).some((k) => k.indicator === 'leading'),
      )
      .toBe(true);
    await session.page
      .getByText(/^Fixed/)
      .first()
      .waitFor();
  });
});
