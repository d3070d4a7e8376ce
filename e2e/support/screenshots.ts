/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './server.ts';

/**
 * Where screenshots go: a temporary folder on a normal run, docs/screenshots with
 * `npm run screenshots` (BEARING_SCREENSHOTS=docs), so the README shows the current build.
 */
export function screenshotDir(): string {
  const target = process.env['BEARING_SCREENSHOTS'];
  const dir =
    target === 'docs'
      ? join(REPO_ROOT, 'docs/screenshots')
      : target
        ? resolve(target)
        : join(tmpdir(), 'bearing-screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  // Let fonts, transitions and charts settle: a screenshot mid-animation is not what users see.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400);
  const path = join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path });
  return path;
}
