/**
 * What users see when things go wrong: a stale edit (409) opens the conflict dialog and lets them
 * choose; an unknown address or scorecard gets a readable page; a server that goes away is shown,
 * not a blank screen.
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/screenshots.ts';
import { bearingSession } from './support/session.ts';

describe('errors and conflicts in the browser', () => {
  const session = bearingSession({ demo: true });
  const at = (path: string) => `${session.server.url}/w/default${path}`;
  const api = (path: string) =>
    `${session.server.url}/api/workspaces/default/scorecards/acme${path}`;

  it('shows a stale edit side by side and saves "mine" on request', async () => {
    await session.page.goto(at('/s/acme/objectives/quality'));
    const form = session.page.getByRole('form', { name: 'Objective details' });
    const name = form.getByLabel('Name');
    await expect.poll(() => name.inputValue()).toBe('Provide high product quality');
    // Someone else renames it meanwhile, through the API.
    const current = (await (await fetch(api('/objectives/quality'))).json()) as { version: number };
    const theirs = await fetch(api('/objectives/quality'), {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': `"${current.version}"` },
      body: JSON.stringify({ name: 'Make products customers can rely on' }),
    });
    expect(theirs.ok).toBe(true);

    await name.fill('Provide products that last');
    await form.getByRole('button', { name: 'Save' }).click();
    const dialog = session.page.getByRole('dialog', {
      name: 'Someone else changed this meanwhile',
    });
    await dialog.waitFor();
    await dialog.getByText('Make products customers can rely on').waitFor();
    await dialog.getByText('Provide products that last').waitFor();
    await saveScreenshot(session.page, 'conflict');
    await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(
        async () =>
          ((await (await fetch(api('/objectives/quality'))).json()) as { name: string }).name,
      )
      .toBe('Provide products that last');
  });

  it('answers an unknown scorecard with a readable message', async () => {
    await session.page.goto(at('/s/no-such-card/table'));
    await session.page
      .getByRole('alert')
      .filter({ hasText: /no-such-card|not found/i })
      .first()
      .waitFor();
  });

  it('answers an unknown address with a "page not found" page', async () => {
    await session.page.goto(`${session.server.url}/nowhere/at/all`);
    await session.page.getByText('Page not found').waitFor();
  });

  it('makes a server that went away visible', async () => {
    await session.page.goto(at('/s/acme/table'));
    await session.page.getByText('Net Promoter Score').first().waitFor();
    await session.server.kill();
    // A view whose code and data were never fetched cannot load: it says so inside the shell,
    // and the banner says the server is not answering (the health check also polls every 15 s).
    await session.page.getByRole('link', { name: /Quality check/ }).click();
    await session.page.getByText('This page could not be loaded').waitFor();
    await session.page.getByTestId('connection-banner').waitFor({ timeout: 10_000 });
    await session.page.getByText('The Bearing server is not answering').waitFor();
    await saveScreenshot(session.page, 'server-down');
  });
});
