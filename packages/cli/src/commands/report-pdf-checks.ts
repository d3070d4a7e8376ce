import { execFileSync } from 'node:child_process';

/**
 * Reading a printed PDF back in tests with poppler-utils (installed by .ci/run): its text,
 * its page sizes, and where ink is on a page (to show nothing is cut at the edges).
 */

/** The text of the PDF (or one page) in reading order, whitespace collapsed to single spaces. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const text = execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' });
  return text.replace(/\s+/g, ' ');
}

/** Each page's size in points. */
export function pdfPageSizes(file: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** The box around every non-white pixel of a page rendered at 30 dpi (binary PPM: easy to read). */
export function inkBox(
  file: string,
  page: number,
): { width: number; height: number; left: number; top: number; right: number; bottom: number } {
  const ppm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '30', file], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (header === null) throw new Error('pdftoppm did not write a binary PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = start + 3 * (y * width + x);
      if (ppm[i]! < 245 || ppm[i + 1]! < 245 || ppm[i + 2]! < 245) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  return { width, height, left, top, right, bottom };
}
