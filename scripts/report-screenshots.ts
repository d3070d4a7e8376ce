/**
 * Refreshes the board report screenshots in docs/screenshots/ (docs/reports.md shows them):
 * prints docs/examples/board-report.yaml with `bearing report` and renders each PDF page to PNG
 * with pdftoppm (poppler-utils). Run: `node --import tsx scripts/report-screenshots.ts`.
 * The dates in the pictures are the day it ran.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const shots = join(root, 'docs/screenshots');
const work = mkdtempSync(join(tmpdir(), 'bearing-report-shots-'));
try {
  const pdf = join(work, 'board-report.pdf');
  execFileSync(
    process.execPath,
    [
      join(root, 'packages/cli/bin/bearing.js'),
      'report',
      join(root, 'docs/examples/board-report.yaml'),
      '--period',
      '2026-06',
      '--out',
      pdf,
    ],
    { stdio: 'inherit' },
  );
  for (const old of readdirSync(shots).filter((f) => /^report-page-\d+\.png$/.test(f))) {
    rmSync(join(shots, old));
  }
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(work, 'page')]);
  for (const file of readdirSync(work).filter((f) => f.endsWith('.png'))) {
    const page = Number(/(\d+)\.png$/.exec(file)![1]);
    renameSync(join(work, file), join(shots, `report-page-${page}.png`));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
