import type { Page } from 'playwright-core';

export interface WizardRun {
  readonly organization: string;
  /** Typed into the sector field as a consultant would (free text is read as the nearest). */
  readonly sector?: string;
  readonly partner: string;
  readonly segments: readonly { readonly name: string; readonly values: readonly string[] }[];
  readonly discipline: string;
  readonly outcome: string;
  readonly challenge: string;
}

/** /w/:ws/wizard — the five-step Strategy Map Wizard. */
export class WizardPage {
  constructor(private readonly page: Page) {}

  private next(name = 'Next') {
    return this.page.getByRole('button', { name }).click();
  }

  async run(answers: WizardRun, onStep?: (step: string) => Promise<void>): Promise<void> {
    const page = this.page;
    await page.getByLabel('Organisation name').fill(answers.organization);
    if (answers.sector !== undefined)
      await page.getByRole('combobox', { name: 'Sector' }).fill(answers.sector);
    const partners = page.getByRole('combobox', { name: /^Partners who/ });
    await partners.fill(answers.partner);
    await partners.press('Enter');
    await this.next();
    for (const [i, segment] of answers.segments.entries()) {
      if (i > 0) await page.getByRole('button', { name: 'Add a segment' }).click();
      const group = page.getByRole('group', { name: `Segment ${i + 1}` });
      await group.getByRole('textbox', { name: /^Name/ }).fill(segment.name);
      for (const value of segment.values) await group.getByText(value, { exact: true }).click();
    }
    await onStep?.('segments');
    await this.next();
    await page.getByRole('radio', { name: answers.discipline }).click();
    await onStep?.('value-proposition');
    await this.next();
    await page.getByRole('checkbox', { name: answers.outcome }).click();
    await page.getByLabel('The business challenge (optional)').fill(answers.challenge);
    await this.next('Review the map');
    await page.getByRole('button', { name: 'Create strategy map' }).waitFor();
    await onStep?.('review');
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create strategy map' }).click();
    await this.page.waitForURL(/\/s\/[^/]+\/map/);
  }
}
