import type { Page } from 'playwright-core';

/** /w/:ws — the workspace's scorecards, and the way to start a new one. */
export class ScorecardIndexPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, ws = 'default'): Promise<void> {
    await this.page.goto(`${baseUrl}/w/${ws}`);
  }

  /** Creates a blank scorecard through the dialog; the app then opens its strategy map. */
  async createScorecard(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New scorecard' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New scorecard' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Create scorecard' }).click();
    await this.page.waitForURL(/\/s\/[^/]+\/map/);
  }
}
