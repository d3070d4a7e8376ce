import type { Locator } from 'playwright-core';

/** The formula field of a KPI form: typing, reference completion, the live check's preview. */
export class FormulaField {
  constructor(private readonly scope: Locator) {}

  input(): Locator {
    return this.scope.getByRole('combobox', { name: /Formula/ });
  }

  options(): Locator {
    return this.scope.getByRole('listbox', { name: 'KPIs to refer to' }).getByRole('option');
  }

  /** Types text at the end of the field, key by key, as a person would. */
  async type(text: string): Promise<void> {
    await this.input().pressSequentially(text);
  }

  /** With the completion list open, picks the option whose reference is `[reference]`. */
  async pick(reference: string, key: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
    const option = this.options()
      .filter({ hasText: `[${reference}]` })
      .first();
    await option.waitFor();
    for (let i = 0; i < 20 && (await option.getAttribute('aria-selected')) !== 'true'; i++) {
      await this.input().press('ArrowDown');
    }
    await this.input().press(key);
  }

  preview(): Locator {
    return this.scope.getByTestId('formula-preview');
  }
}
