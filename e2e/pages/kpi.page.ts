import type { Page } from 'playwright-core';

/** /w/:ws/s/:sc/kpis/:kpi — definition, history chart, value grid, explanation. */
export class KpiPage {
  constructor(private readonly page: Page) {}

  /** The grid's value inputs, newest period first. */
  valueInputs() {
    return this.page.getByLabel(/^Value for /);
  }

  /** Fills the newest `values.length` periods (newest first) and saves each with Enter. */
  async enterNewest(values: readonly number[]): Promise<void> {
    await this.valueInputs().first().waitFor();
    for (const [i, value] of values.entries()) {
      const input = this.valueInputs().nth(i);
      const saved = this.page.waitForResponse(
        (r) => r.request().method() === 'PUT' && r.url().includes('/values/'),
      );
      await input.fill(String(value));
      await input.press('Enter');
      const response = await saved;
      if (!response.ok()) throw new Error(`saving a value failed: ${response.status()}`);
    }
  }
}
