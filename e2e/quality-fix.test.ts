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

  const post = async (path: string, body: object) => {
    const response = await fetch(
      `${session.server.url}/api/workspaces/default/scorecards/acme/${path}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-bearing-request': '1' },
        body: JSON.stringify(body),
      },
    );
    expect(response.status).toBe(201);
  };

  it('adds the missing leading KPI with one click', async () => {
    // The demo measures every objective with both kinds; this one has only a result measure.
    await post('objectives', {
      id: 'web-shop',
      name: 'Grow web shop sales',
      perspective: 'financial',
    });
    await post('kpis', {
      objective: 'web-shop',
      id: 'web-shop-revenue',
      name: 'Web shop revenue',
      indicator: 'lagging',
      baseline: 100,
      target: 200,
    });
    await session.page.goto(`${session.server.url}/w/default/s/acme/map?panel=quality`);
    await new StrategyMapPage(session.page).waitReady();
    const before = await kpisOf('web-shop');
    expect(before.some((k) => k.indicator === 'leading')).toBe(false);
    const panel = session.page.getByRole('complementary', { name: 'Strategy quality' });
    const finding = panel
      .getByTestId('finding')
      .filter({ hasText: '"Grow web shop sales" has no leading KPI' })
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
      .poll(async () => (await kpisOf('web-shop')).some((k) => k.indicator === 'leading'))
      .toBe(true);
    await session.page
      .getByText(/^Fixed/)
      .first()
      .waitFor();
  });
});
