import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

import { chromiumPath } from './chromium-path.ts';

/** No usable Chromium: the message says where it looked and what to do instead. */
export class ChromiumMissingError extends Error {
  readonly path: string;

  constructor(path: string, detail: string) {
    super(
      `cannot start Chromium at ${path} (${detail}): install it (apt-get install -y chromium) or set BEARING_CHROMIUM to its path`,
    );
    this.name = 'ChromiumMissingError';
    this.path = path;
  }
}

/** The flags that make headless Chromium quiet and offline on servers and CI machines. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Runs `work` in a freshly launched Chromium and closes it whatever happens. */
export async function withChromium<T>(
  env: Readonly<Record<string, string | undefined>>,
  work: (browser: Browser) => Promise<T>,
): Promise<T> {
  const path = chromiumPath(env);
  if (!existsSync(path)) throw new ChromiumMissingError(path, 'no such file');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: path, args: FLAGS, timeout: 30_000 });
  } catch (error) {
    const first = (error as Error).message.split('\n')[0] ?? 'it did not start';
    throw new ChromiumMissingError(path, first);
  }
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}
