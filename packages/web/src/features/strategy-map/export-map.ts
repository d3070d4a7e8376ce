/**
 * Downloads of the map: the SVG as built by the core's drawing (map-to-svg.ts adapts it), a PNG
 * drawn from that SVG on a canvas at twice the size (sharp on high-density screens and in
 * slides), and a PDF printed by the server's Chromium from the same drawing.
 */

import { saveFile } from '../customer/download-document.ts';
import { fetchMapPdf } from '../report/download-report.ts';
import { mapToSvg, type SvgMapInput } from './map-to-svg.ts';

export type MapExportKind = 'svg' | 'png' | 'pdf';

/** Which map: the scorecard of a workspace, coloured as of a period (null: the latest). */
export interface MapExportTarget {
  readonly ws: string;
  readonly sc: string;
  readonly period: string | null;
}

/** The map as `<scorecard>-strategy-map.svg`, `.png` or `.pdf`. */
export async function exportStrategyMap(
  kind: MapExportKind,
  target: MapExportTarget,
  input: SvgMapInput,
): Promise<void> {
  if (kind === 'pdf') {
    // Printed on the server: the browser cannot make a PDF without a print dialog. The server
    // places cards at their saved positions, else by perspective rows (it has no ELK).
    saveFile(await fetchMapPdf(target.ws, target.sc, target.period));
    return;
  }
  const svg = mapToSvg(input);
  const fileName = exportFileName(target.sc, kind);
  if (kind === 'svg') downloadSvg(svg, fileName);
  else await downloadPng(svg, fileName);
}

/** Browsers cap canvas sides; beyond this the PNG is drawn at a smaller scale. */
const MAX_CANVAS_SIDE = 16_000;

export function exportFileName(scorecard: string, extension: 'svg' | 'png'): string {
  const safe = scorecard.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'scorecard';
  return `${safe}-strategy-map.${extension}`;
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(svg: string, fileName: string): void {
  download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

function svgSize(svg: string): { width: number; height: number } {
  const width = /<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1];
  const height = /<svg[^>]*\sheight="(\d+)"/.exec(svg)?.[1];
  return { width: Number(width ?? 1200), height: Number(height ?? 800) };
}

export async function downloadPng(svg: string, fileName: string, scale = 2): Promise<void> {
  const { width, height } = svgSize(svg);
  const factor = Math.min(scale, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * factor);
    canvas.height = Math.round(height * factor);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.scale(factor, factor);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the map is too large to turn into a PNG');
    download(blob, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
