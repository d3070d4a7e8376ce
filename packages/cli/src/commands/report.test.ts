import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../__fixtures__/harness.ts';
import { inkBox, pdfPageSizes, pdfText } from './report-pdf-checks.ts';

/**
 * `bearing report` end to end with the system Chromium (no skip: without Chromium these fail,
 * and .ci/run installs it). The example strategy is the one docs/reports.md shows.
 */
const EXAMPLE = resolve(FIXTURES, '../../../../docs/examples/board-report.yaml');
const CHROMIUM_TIMEOUT = 90_000;

describe('bearing report', () => {
  it('writes the board report as HTML to stdout, scored by the engine', async () => {
    const result = await runCli(['report', EXAMPLE, '--format', 'html', '--period', '2026-06']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(result.stdout).toContain('Northwind Outdoor');
    expect(result.stdout).toContain('<section class="attention">');
  });

  it(
    'prints a PDF with the objectives, the scores and the red KPIs, and the whole map on its page',
    async () => {
      const dir = tempDir();
      const result = await runCli(['report', EXAMPLE, '--period', '2026-06', '--out', 'b.pdf'], {
        cwd: dir,
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const pdf = join(dir, 'b.pdf');
      const text = pdfText(pdf);
      for (const objective of [
        'Grow profitable revenue',
        'Provide high product quality',
        'Deliver on time',
        'Build product skills',
      ]) {
        expect(text).toContain(objective);
      }
      expect(text).toContain('54.6%'); // the scorecard's score (the engine's, see core tests)
      expect(text).toMatch(/Return rate 5\.8% ≤ 2% 5\.0% red/);
      expect(text).toContain('Red and overdue KPIs');
      // The comment wraps in its cell, so its words come with the next cells between them.
      expect(text).toMatch(
        /Return rate \(Provide high product 5\.8% 5\.0% red Zipper supplier batch failed/,
      );
      expect(text).toMatch(/Page 1 of \d+/);
      // The map has a landscape page of its own; its bottom lane is there and nothing is cut.
      const sizes = pdfPageSizes(pdf);
      expect(sizes[1]!.width).toBeGreaterThan(sizes[1]!.height);
      const mapPage = pdfText(pdf, 2);
      expect(mapPage).toContain('Strategy map');
      expect(mapPage).toContain('Learning and');
      expect(mapPage).toContain('Build product skills');
      const ink = inkBox(pdf, 2);
      expect(ink.left).toBeGreaterThan(0);
      expect(ink.top).toBeGreaterThan(0);
      expect(ink.right).toBeLessThan(ink.width - 1);
      expect(ink.bottom).toBeLessThan(ink.height - 1);
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'writes PDF bytes to stdout when it is a pipe, and refuses a terminal without --out',
    async () => {
      const piped = await runCli(['report', EXAMPLE]);
      expect(piped.code).toBe(0);
      expect(Buffer.from(piped.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
      const tty = await runCli(['report', EXAMPLE], { isTTY: true });
      expect(tty.code).toBe(2);
      expect(tty.stderr).toContain('give --out FILE.pdf');
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'exports the map alone as SVG, PNG at twice its size, and PDF the size of the drawing',
    async () => {
      const dir = tempDir();
      const svg = await runCli(['report', EXAMPLE, '--map-only', '--format', 'svg']);
      expect(svg.code).toBe(0);
      expect(svg.stdout).toContain('data-id="quality" data-status="red"');
      const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg.stdout)![1]);
      const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg.stdout)![1]);
      const png = await runCli(
        ['report', EXAMPLE, '--map-only', '--format', 'png', '--out', 'm.png'],
        { cwd: dir },
      );
      expect(png.code).toBe(0);
      const bytes = readFileSync(join(dir, 'm.png'));
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(bytes.readUInt32BE(16)).toBe(width * 2);
      expect(bytes.readUInt32BE(20)).toBe(height * 2);
      const pdf = await runCli(
        ['report', EXAMPLE, '--map-only', '--format', 'pdf', '--out', 'm.pdf'],
        { cwd: dir },
      );
      expect(pdf.code).toBe(0);
      const sizes = pdfPageSizes(join(dir, 'm.pdf'));
      expect(sizes).toHaveLength(1);
      // CSS pixels are 0.75 pt.
      expect(Math.abs(sizes[0]!.width - width * 0.75)).toBeLessThan(1.5);
      expect(Math.abs(sizes[0]!.height - height * 0.75)).toBeLessThan(1.5);
      expect(pdfText(join(dir, 'm.pdf'))).toContain('Build product skills');
    },
    CHROMIUM_TIMEOUT,
  );

  it('says when Chromium is missing and offers the format that needs none (exit 1)', async () => {
    const dir = tempDir();
    const env = { BEARING_CHROMIUM: join(dir, 'no-chromium') };
    const report = await runCli(['report', EXAMPLE, '--out', 'b.pdf'], { cwd: dir, env });
    expect(report.code).toBe(1);
    expect(report.stderr).toContain(`cannot start Chromium at ${env.BEARING_CHROMIUM}`);
    expect(report.stderr).toContain('--format html');
    const map = await runCli(['report', EXAMPLE, '--map-only', '--format', 'png', '-o', 'm.png'], {
      cwd: dir,
      env,
    });
    expect(map.code).toBe(1);
    expect(map.stderr).toContain('--format svg');
    // A file that is not a browser is as good as none.
    writeFileSync(env.BEARING_CHROMIUM, 'not a browser');
    const fake = await runCli(['report', EXAMPLE, '--out', 'b.pdf'], { cwd: dir, env });
    expect(fake.code).toBe(1);
    expect(fake.stderr).toContain('--format html');
  });

  it('refuses bad input with exit 2, naming the option', async () => {
    const cases: [string[], RegExp][] = [
      [['report', EXAMPLE, '--format', 'png'], /--format expects pdf or html/],
      [['report', EXAMPLE, '--map-only', '--format', 'html'], /expects png, pdf or svg/],
      [
        ['report', EXAMPLE, '--format', 'html', '--scorecard', 'nope'],
        /--scorecard: no scorecard "nope"/,
      ],
      [['report', EXAMPLE, '--format', 'html', '--period', '2026-13'], /--period/],
      [['report', '--format', 'html'], /give a strategy file or --server URL/],
      [
        ['report', '--server', 'http://127.0.0.1:1', '--format', 'html'],
        /--server needs --scorecard/,
      ],
      [['report', '--server', 'nota url', '--scorecard', 'corp'], /--server expects a URL/],
    ];
    for (const [argv, message] of cases) {
      const result = await runCli(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });
});

// Keeps the helper honest: pdftotext is a real program, not a stub.
it('has poppler-utils for the PDF checks', () => {
  expect(execFileSync('pdftotext', ['-v'], { encoding: 'utf8', stdio: 'pipe' })).toBeDefined();
});
