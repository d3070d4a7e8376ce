import type { Browser } from 'playwright-core';
import { withChromium } from './chromium.ts';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * HTML and SVG printed by Chromium, so a PDF or PNG shows what a browser shows. Pages are set
 * from strings (no network: the report and the map are self-contained).
 */

/** A print-styled page (the board report) as PDF: page size, margins and footers from its CSS. */
export async function htmlToPdf(html: string, env: Env): Promise<Uint8Array> {
  return withChromium(env, async (browser) => {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf);
  });
}

export type MapImageFormat = 'png' | 'pdf';

/**
 * The map's SVG as PNG (at twice its size, sharp in slides) or as a one-page PDF the size of the
 * drawing: a wide map is never cut to A4 (sized like the viewport, per stack.md).
 */
export async function svgToImage(
  svg: string,
  format: MapImageFormat,
  env: Env,
): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  return withChromium(env, (browser) => renderSvg(browser, svg, format, width, height));
}

async function renderSvg(
  browser: Browser,
  svg: string,
  format: MapImageFormat,
  width: number,
  height: number,
): Promise<Uint8Array> {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: format === 'png' ? 2 : 1,
  });
  const page = await context.newPage();
  const body = svg.replace(/^<\?xml[^>]*>\s*/, '');
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>@page{size:${width}px ${height}px;margin:0}html,body{margin:0;padding:0}svg{display:block}</style></head><body>${body}</body></html>`,
    { waitUntil: 'load' },
  );
  const bytes =
    format === 'png'
      ? await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height } })
      : await page.pdf({
          width: `${width}px`,
          height: `${height}px`,
          printBackground: true,
          pageRanges: '1',
        });
  return new Uint8Array(bytes);
}

/** The drawing's size from its root element (the map SVG always writes both). */
export function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  if (!Number.isFinite(width) || !Number.isFinite(height) || width <= 0 || height <= 0) {
    throw new Error('the SVG has no width and height on its root element');
  }
  return { width: Math.ceil(width), height: Math.ceil(height) };
}
