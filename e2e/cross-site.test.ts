import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { type RunningBearing, startBearing } from './support/server.ts';

/**
 * The security review's cross-site attacks, replayed in Chromium: the user has Bearing open on
 * loopback and visits another page, served from another loopback port (another origin). Each
 * page tries one write that replaced the whole workspace before; afterwards the workspace must
 * be exactly as it was. A rebound DNS name (attacker.test → 127.0.0.1, by Chromium's resolver
 * rules) must not read the strategy either.
 */
const attacks = (bearing: string): Record<string, string> => ({
  'no-cors-fetch': `<script>
    fetch('${bearing}/api/workspaces/default/import?replace=true', {
      method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' },
      body: 'bearing: 1\\nscorecards: []\\n',
    }).finally(() => { document.title = 'sent'; });
  </script>`,
  'text-plain-form': `<form id="f" method="POST" enctype="text/plain"
      action="${bearing}/api/workspaces/default/import?replace=true" target="sink">
      <input name="bearing: 1&#10;scorecards: []&#10;x" value="">
    </form><iframe name="sink" onload="if (this.src !== 'about:blank') document.title = 'sent'"></iframe>
    <script>document.getElementById('f').submit(); setTimeout(() => { document.title = 'sent'; }, 1500);</script>`,
  'body-less-post': `<script>
    fetch('${bearing}/api/workspaces/default/templates/hospice/apply?replace=true', {
      method: 'POST', mode: 'no-cors',
    }).finally(() => { document.title = 'sent'; });
  </script>`,
});

describe('cross-site requests in the browser', () => {
  let bearing: RunningBearing;
  let browser: Browser;
  let attacker: Server;
  let attackerUrl = '';

  const exported = async () =>
    (await fetch(`${bearing.url}/api/workspaces/default/export?format=json`)).text();

  beforeAll(async () => {
    bearing = await startBearing({ demo: true });
    const pages = attacks(bearing.url);
    attacker = createServer((request, response) => {
      const name = (request.url ?? '/').slice(1);
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<!doctype html><title>visiting</title>${pages[name] ?? ''}`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
    browser = await launchBrowser(['--host-resolver-rules=MAP attacker.test 127.0.0.1']);
  });
  afterAll(async () => {
    await browser.close();
    await new Promise((resolve) => attacker.close(resolve));
    await bearing.stop();
  });

  it.each(['no-cors-fetch', 'text-plain-form', 'body-less-post'])(
    'a page on another origin cannot replace the workspace with a %s',
    async (attack) => {
      const before = await exported();
      expect(before).toContain('"acme"');
      const { page } = await openPage(browser);
      await page.goto(`${attackerUrl}/${attack}`);
      await page.waitForFunction(() => document.title === 'sent', null, { timeout: 15_000 });
      // The attack's request has been answered (refused); the workspace is untouched.
      expect(await exported()).toBe(before);
      await page.context().close();
    },
  );

  it('a page on a rebound DNS name gets no strategy from the loopback server', async () => {
    const port = new URL(bearing.url).port;
    const { page } = await openPage(browser);
    const response = await page.goto(`http://attacker.test:${port}/api/workspaces/default/export`);
    expect(response?.status()).toBe(421);
    const body = await page.textContent('body');
    expect(body).toContain('HOST_NOT_ALLOWED');
    expect(body).not.toContain('acme');
    await page.context().close();
  });
});
