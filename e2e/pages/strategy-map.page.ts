import type { Download, Locator, Page } from 'playwright-core';

/** /w/:ws/s/:sc/map — the strategy map editor. */
export class StrategyMapPage {
  constructor(private readonly page: Page) {}

  get map(): Locator {
    return this.page.getByTestId('strategy-map');
  }

  /** Laid out and drawn: the map sets data-ready once elk's positions are applied. */
  async waitReady(): Promise<void> {
    await this.page.locator('[data-testid="strategy-map"][data-ready="true"]').waitFor();
  }

  card(name: string): Locator {
    return this.page.locator('[data-testid="map-objective"]', { hasText: name });
  }

  async status(name: string): Promise<string | null> {
    return this.card(name).getAttribute('data-status');
  }

  async addObjective(perspective: string, name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add objective to ${perspective}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Add objective to ${perspective}` });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: /add/i }).last().click();
    await dialog.waitFor({ state: 'hidden' });
    await this.card(name).waitFor();
  }

  /** Drags from a handle of `from` onto `to`, then gives the link's hypothesis. */
  async link(from: string, to: string, hypothesis: string): Promise<void> {
    const handle = this.card(from).locator('.bm-handle').first();
    const source = await handle.boundingBox();
    const target = await this.card(to).boundingBox();
    if (!source || !target) throw new Error(`cannot see both "${from}" and "${to}" on the map`);
    await this.page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, {
      steps: 12,
    });
    await this.page.mouse.up();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Hypothesis').fill(hypothesis);
    await dialog.getByRole('button', { name: 'Add link' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  links(): Locator {
    return this.page.getByTestId('map-link');
  }

  /** Selects a card; the side panel opens. */
  async select(name: string): Promise<void> {
    await this.card(name).click();
    await this.page.getByRole('complementary', { name: `Objective: ${name}` }).waitFor();
  }

  async openObjectivePage(name: string): Promise<void> {
    await this.select(name);
    await this.page.getByRole('link', { name: 'Open objective page' }).click();
    await this.page.waitForURL(/\/objectives\//);
  }

  async export(kind: 'SVG' | 'PNG'): Promise<Download> {
    await this.page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('menuitem', { name: new RegExp(kind) }).click(),
    ]);
    return download;
  }
}
