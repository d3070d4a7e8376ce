/**
 * The monthly update, end to end (issue #15): the strategy office reminds an owner from the
 * update-status view; the reminder e-mail reaches a real SMTP server on loopback; the owner opens
 * its link, signs in, enters the values owed on "My updates" (one with a decimal comma) and saves
 * once; the office's view then shows those values as entered.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type SmtpReceiver,
  startSmtpReceiver,
} from '../packages/server/src/mail/smtp-receiver.test-support.ts';
import { openPage } from './support/browser.ts';
import { saveScreenshot } from './support/screenshots.ts';
import { freePort, runBearing } from './support/server.ts';
import { bearingSession } from './support/session.ts';

const OWNER = 'olga@example.org';
const ADMIN = 'office@example.org';
const PASSWORD = 'a long enough passphrase';

interface Owed {
  scorecard: string;
  kpi: string;
  kpiName: string;
  period: string;
  state: string;
  frequency: string;
}

describe('the monthly update cycle in the browser', () => {
  let smtp: SmtpReceiver | undefined;
  const session = bearingSession(async () => {
    smtp = await startSmtpReceiver();
    const port = await freePort();
    return {
      demo: true,
      port,
      env: {
        BEARING_SMTP_HOST: '127.0.0.1',
        BEARING_SMTP_PORT: String(smtp.port),
        BEARING_MAIL_FROM: 'bearing@example.org',
        BEARING_PUBLIC_URL: `http://127.0.0.1:${String(port)}`,
        BEARING_SCHEDULER_POLL_MS: '200',
      },
    };
  });
  afterAll(async () => {
    await smtp?.close();
  });
  const api = (path: string) => `${session.server.url}/api/workspaces/default${path}`;

  async function signIn(page: Page, email: string) {
    await page.getByLabel('Email').fill(email);
    await page.locator('input[type="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  it('runs from the Remind button to the values entered, through e-mail', async () => {
    // Still local mode: take two monthly KPIs of the last ended month, give them to Olga and
    // remove their values, so they are owed whatever day the test runs on.
    const report = (await (await fetch(api('/collection'))).json()) as { items: Owed[] };
    const owed = report.items.filter((i) => i.frequency === 'monthly').slice(0, 2);
    expect(owed).toHaveLength(2);
    for (const item of owed) {
      const url = api(`/scorecards/${item.scorecard}/kpis/${item.kpi}`);
      const kpi = (await (await fetch(url)).json()) as { version: number };
      const res = await fetch(url, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': `"${kpi.version}"` },
        body: JSON.stringify({ owner: OWNER }),
      });
      expect(res.status, await res.text()).toBe(200);
      const removed = await fetch(`${url}/values/${item.period}`, {
        method: 'DELETE',
        headers: { 'X-Bearing-Request': '1' },
      });
      expect([204, 404], await removed.text()).toContain(removed.status);
    }
    const db = ['--db', `sqlite:${session.server.databaseFile}`];
    await runBearing(['users', 'add', ADMIN, '--admin', '--password-stdin', ...db], PASSWORD);
    await runBearing(
      ['users', 'add', OWNER, '--name', 'Olga Berg', '--password-stdin', ...db],
      PASSWORD,
    );
    await runBearing([
      'members',
      'add',
      OWNER,
      '--workspace',
      'default',
      '--role',
      'updater',
      ...db,
    ]);

    // The strategy office reminds Olga from the update status view.
    const office = session.page;
    await office.goto(`${session.server.url}/w/default/collection`);
    await office.waitForURL(/\/sign-in/);
    await signIn(office, ADMIN);
    const owners = office.getByRole('table', { name: 'By owner' });
    await owners.getByRole('button', { name: `Remind ${OWNER}` }).click();
    await office.getByText('Reminded 1 person.').waitFor();
    const [mail] = await smtp!.waitFor(1, 15_000);
    expect(mail!.to).toEqual([OWNER]);
    for (const item of owed) expect(mail!.text).toContain(item.kpiName);

    // Olga opens the link in the e-mail, signs in, and enters both values in one save.
    const link = /(http:\/\/127\.0\.0\.1:\d+\/w\/default\/updates\?period=[\w-]+)/.exec(
      mail!.text,
    )?.[1];
    expect(link, mail!.text).toBeDefined();
    const { page } = await openPage(session.browser);
    await page.goto(link!);
    await page.waitForURL(/\/sign-in\?next=/);
    await signIn(page, OWNER);
    await page.waitForURL((url) => url.pathname === '/w/default/updates');
    const table = page.getByRole('table', { name: 'My updates' });
    for (const [i, item] of owed.entries()) {
      await table
        .getByRole('textbox', { name: `${item.kpiName} for ${item.period}` })
        .fill(i === 0 ? '62,5' : '41');
    }
    await saveScreenshot(page, 'my-updates');
    await page.getByRole('button', { name: 'Save all' }).click();
    await page.getByText('Saved 2 values.').waitFor();
    await page.close();

    // The office's view shows both as entered, the decimal comma read as 62.5.
    await office.goto(`${session.server.url}/w/default/collection?show=all`);
    const all = office.getByRole('table', { name: 'Everything owed' });
    const rowOf = (item: Owed) => all.getByRole('row').filter({ hasText: item.kpiName });
    for (const item of owed) await rowOf(item).getByText('entered', { exact: true }).waitFor();
    await rowOf(owed[0]!).getByText('62.5', { exact: true }).waitFor();
    await saveScreenshot(office, 'update-status-entered');
  });
});
