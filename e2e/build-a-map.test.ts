/**
 * The end-to-end story, in real Chromium against a real `bearing serve` on a temporary
 * SQLite file: create a scorecard, add objectives in two perspectives, link them, add a KPI, enter
 * three values, see the status change on the map, reload and find it all there, export the SVG.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { KpiPage } from './pages/kpi.page.ts';
import { ObjectivePage } from './pages/objective.page.ts';
import { ScorecardIndexPage } from './pages/scorecard-index.page.ts';
import { StrategyMapPage } from './pages/strategy-map.page.ts';
import { bearingSession } from './support/session.ts';
import { saveScreenshot } from './support/screenshots.ts';

const CUSTOMER = 'Deliver orders when promised';
const FINANCIAL = 'Grow revenue from loyal customers';

describe('building a strategy map in the browser', () => {
  const session = bearingSession();

  it('creates a scorecard and lands on its empty map', async () => {
    const index = new ScorecardIndexPage(session.page);
    await index.open(session.server.url);
    await index.createScorecard('Harbour Bikes');
    const map = new StrategyMapPage(session.page);
    await map.waitReady();
    expect(session.page.url()).toMatch(/\/w\/default\/s\/harbour-bikes\/map/);
  });

  it('adds objectives in two perspectives and links them', async () => {
    const map = new StrategyMapPage(session.page);
    await map.addObjective('Customer', CUSTOMER);
    await map.addObjective('Financial', FINANCIAL);
    await map.link(CUSTOMER, FINANCIAL, 'If orders arrive when promised, customers buy again');
    await expect.poll(() => map.links().count()).toBe(1);
    expect(await map.status(CUSTOMER)).toBe('none');
  });

  it('adds a KPI and enters three values, and the map turns green', async () => {
    const map = new StrategyMapPage(session.page);
    await map.openObjectivePage(CUSTOMER);
    const objective = new ObjectivePage(session.page);
    await objective.addKpi({
      name: 'Orders delivered on time',
      unit: '%',
      baseline: 70,
      target: 95,
    });
    await objective.openKpi('Orders delivered on time');
    await new KpiPage(session.page).enterNewest([94, 90, 82]);
    await session.page.goBack();
    await session.page.goBack();
    await map.waitReady();
    await expect.poll(() => map.status(CUSTOMER)).toBe('green');
    await saveScreenshot(session.page, 'e2e-built-map');
  });

  it('finds everything again after a reload', async () => {
    await session.page.reload();
    const map = new StrategyMapPage(session.page);
    await map.waitReady();
    expect(await map.card(CUSTOMER).count()).toBe(1);
    expect(await map.card(FINANCIAL).count()).toBe(1);
    expect(await map.links().count()).toBe(1);
    expect(await map.status(CUSTOMER)).toBe('green');
  });

  it('exports the map as SVG with both objectives in it', async () => {
    const download = await new StrategyMapPage(session.page).export('SVG');
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = await readFile(await download.path(), 'utf8');
    expect(svg).toMatch(/^<\?xml|^<svg/);
    // Long names wrap over several <text> lines: compare the text the reader sees.
    const text = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain(CUSTOMER);
    expect(text).toContain(FINANCIAL);
    expect(svg).toContain('data-status="green"');
    expect(svg).toMatch(/class="link" data-from="deliver-orders-when-promised"/);
  });

  it('threw no uncaught error in the page', () => {
    expect(session.errors).toEqual([]);
  });
});
