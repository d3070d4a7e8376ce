import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { type BearingOptions, startBearing, type RunningBearing } from './server.ts';

export interface Session {
  server: RunningBearing;
  browser: Browser;
  page: Page;
  /** Uncaught errors the page threw. */
  errors: string[];
}

/**
 * One `bearing serve` (on a temporary SQLite file) and one Chromium page for a spec file, started
 * before its tests and stopped after them. The fields are filled in `beforeAll`.
 */
export function bearingSession(
  options: BearingOptions | (() => Promise<BearingOptions>) = {},
): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await startBearing(typeof options === 'function' ? await options() : options);
    session.browser = await launchBrowser();
    Object.assign(session, await openPage(session.browser));
  });
  afterAll(async () => {
    await session.browser.close();
    await session.server.stop();
  });
  return session;
}
