import type { Page } from 'playwright-core';

export interface NewKpi {
  readonly name: string;
  readonly unit?: string;
  readonly baseline: number;
  readonly target: number;
}

/** /w/:ws/s/:sc/objectives/:id — an objective with its KPIs, initiatives and links. */
export class ObjectivePage {
  constructor(private readonly page: Page) {}

  async addKpi(kpi: NewKpi): Promise<void> {
    await this.page.getByRole('button', { name: 'Add KPI' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a KPI' });
    await dialog.getByLabel('Name').fill(kpi.name);
    if (kpi.unit) await dialog.getByLabel('Unit').fill(kpi.unit);
    await dialog.getByLabel('Baseline').fill(String(kpi.baseline));
    await dialog.getByLabel('Target', { exact: true }).fill(String(kpi.target));
    await dialog.getByRole('button', { name: 'Add KPI' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async openKpi(name: string): Promise<void> {
    await this.page.getByRole('link', { name }).first().click();
    await this.page.waitForURL(/\/kpis\//);
  }
}
