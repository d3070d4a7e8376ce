/**
 * Issue 14's board report from the web app, in real Chromium against a real `bearing serve`:
 * the strategy office opens the dashboard, chooses "Download report" → PDF, and the file the
 * browser saves is the board pack — its text names the scorecard's objectives, and the KPIs that
 * need attention (red or overdue) or says that none does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bearingSession } from './support/session.ts';

interface ScoreTree {
  perspectives: {
    objectives: { name: string; kpis: { name: string; status: string; overdue: boolean }[] }[];
  }[];
}

describe('downloading the board report from the dashboard', () => {
  const session = bearingSession({ demo: true });
  const dir = mkdtempSync(join(tmpdir(), 'bearing-e2e-report-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('saves a PDF whose pages name every objective and the KPIs needing attention', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/w/default/s/acme/dashboard`);
    await page.getByRole('button', { name: 'Download report' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('menuitem', { name: 'PDF (to send to the board)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = join(dir, 'report.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const res = await fetch(`${server.url}/api/workspaces/default/scorecards/acme/scores`);
    const tree = (await res.json()) as ScoreTree;
    const objectives = tree.perspectives.flatMap((p) => p.objectives);
    expect(objectives.length).toBeGreaterThan(0);
    for (const o of objectives) expect(text).toContain(o.name);
    const attention = objectives
      .flatMap((o) => o.kpis)
      .filter((k) => k.status === 'red' || k.overdue);
    if (attention.length === 0) expect(text).toContain('No KPI is red or overdue.');
    for (const k of attention) expect(text).toContain(k.name);
    expect(session.errors).toEqual([]);
  });
});
