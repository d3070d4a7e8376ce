import type { Locator, Page } from 'playwright-core';

/** The map's evidence (links drawn by verdict, the link dialog) and the Evidence view. */
export class EvidencePage {
  constructor(private readonly page: Page) {}

  /** The arrow from one objective (id) to another on the map. */
  arrow(from: string, to: string): Locator {
    return this.page.locator(`[data-testid="map-link"][data-from="${from}"][data-to="${to}"]`);
  }

  /**
   * Clicks an arrow where its line is (halfway along the curve), as a user would: the middle of
   * its bounding box is often off a curved line.
   */
  async clickArrow(from: string, to: string): Promise<void> {
    const point = await this.arrow(from, to)
      .locator('.bm-link-hit')
      .evaluate((element) => {
        const path = element as SVGPathElement;
        const at = path.getPointAtLength(path.getTotalLength() / 2);
        const matrix = path.getScreenCTM();
        if (!matrix) throw new Error('the arrow is not on screen');
        const screen = new DOMPoint(at.x, at.y).matrixTransform(matrix);
        return { x: screen.x, y: screen.y };
      });
    await this.page.mouse.click(point.x, point.y);
  }

  get linkDialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The link dialog's reason sentence, once its evidence has loaded. */
  async reason(): Promise<string> {
    const reason = this.linkDialog.getByTestId('evidence-reason');
    await reason.waitFor();
    return (await reason.textContent()) ?? '';
  }

  /** Opens the Evidence view from the side navigation. */
  async openView(): Promise<void> {
    await this.page.getByRole('link', { name: 'Evidence' }).click();
    await this.page.waitForURL(/\/evidence/);
    await this.items().first().waitFor();
  }

  items(): Locator {
    return this.page.getByTestId('evidence-item');
  }
}
