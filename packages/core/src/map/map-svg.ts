/**
 * The strategy map as a standalone SVG document, built from the laid-out model (not scraped
 * from the screen), so the export is the same in light and dark mode and at any zoom.
 * Status is written out beside its colour, as on screen. One drawing for every surface: the web's
 * SVG/PNG/PDF export, `bearing report --map-only` and the board report's map page.
 */
import type { Status } from '../scoring/types.ts';
import { METRICS, type MapLayout } from './layout-types.ts';
import { curvePath, linkSides, type Box } from './link-sides.ts';
import { mapScoreText, STATUS_HEX, STATUS_LABEL } from './status-style.ts';

/** A perspective's lane: its name and the engine's score and status for it. */
export interface MapLane {
  readonly id: string;
  readonly name: string;
  readonly score: number | null;
  readonly status: Status;
}

/** An objective's card. */
export interface MapCard {
  readonly id: string;
  readonly name: string;
  readonly score: number | null;
  readonly status: Status;
  readonly kpiCount: number;
}

/** Cause → effect. */
export interface MapLink {
  readonly from: string;
  readonly to: string;
  readonly hypothesis: string | null;
}

export interface SvgMapInput {
  readonly title: string;
  /** e.g. the period shown. */
  readonly subtitle?: string;
  readonly layout: MapLayout;
  readonly lanes: readonly MapLane[];
  readonly cards: readonly MapCard[];
  readonly links: readonly MapLink[];
}

const TITLE_BAND = 56;
const MARGIN = 16;
const FONT = 'Inter, system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

/** Text made safe for XML: markup characters escaped, characters XML forbids dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Splits text into at most `maxLines` lines of about `width` characters, with an ellipsis if cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index]!;
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= width || !line) {
      line = candidate.length > width ? `${candidate.slice(0, width - 1)}…` : candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    index = words.length;
  }
  if (index < words.length) {
    const last = lines[maxLines - 1] ?? '';
    lines[maxLines - 1] = `${last.slice(0, Math.max(0, width - 1)).replace(/\s+$/, '')}…`;
  }
  return lines;
}

export function mapToSvg(input: SvgMapInput): string {
  const { layout } = input;
  const { cardWidth: w, cardHeight: h, laneHeader } = METRICS;
  const width = Math.ceil(layout.width + 2 * MARGIN);
  const height = Math.ceil(layout.height + TITLE_BAND + 2 * MARGIN);
  const laneTop = new Map(layout.lanes.map((l) => [l.id, l.y + TITLE_BAND + MARGIN]));
  const laneIndex = new Map(layout.lanes.map((l, i) => [l.id, i]));
  const boxes = new Map<string, Box>();
  for (const card of input.cards) {
    const placed = layout.cards[card.id];
    const top = placed && laneTop.get(placed.lane);
    if (placed && top !== undefined) {
      boxes.set(card.id, { x: placed.x + MARGIN, y: top + placed.y, width: w, height: h });
    }
  }
  const laneById = new Map(input.lanes.map((l) => [l.id, l]));
  const out: string[] = [];
  out.push(
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#5c5f66"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 22}" font-size="20" font-weight="700" fill="#212529">${escapeXml(input.title)}</text>`,
  );
  if (input.subtitle) {
    out.push(
      `<text x="${MARGIN}" y="${MARGIN + 42}" font-size="13" fill="#5c5f66">${escapeXml(input.subtitle)}</text>`,
    );
  }
  for (const box of layout.lanes) {
    const lane = laneById.get(box.id);
    const y = laneTop.get(box.id)!;
    out.push(
      `<g class="lane" data-id="${escapeXml(box.id)}">`,
      `<rect x="${MARGIN}" y="${y}" width="${layout.width}" height="${box.height}" rx="8" fill="#f8f9fa" stroke="#dee2e6"/>`,
      `<rect x="${MARGIN}" y="${y}" width="${laneHeader - 12}" height="${box.height}" rx="8" fill="#f1f3f5"/>`,
      ...laneTitle(lane?.name ?? box.id, MARGIN + 14, y + 28),
      lane ? statusLine(lane.status, lane.score, MARGIN + 14, y + box.height - 18, 12) : '',
      `</g>`,
    );
  }
  for (const link of input.links) {
    const from = boxes.get(link.from);
    const to = boxes.get(link.to);
    const fromCard = layout.cards[link.from];
    const toCard = layout.cards[link.to];
    if (!from || !to || !fromCard || !toCard) continue;
    const sides = linkSides(from, to, laneIndex.get(fromCard.lane)!, laneIndex.get(toCard.lane)!);
    const title = link.hypothesis ? `<title>${escapeXml(link.hypothesis)}</title>` : '';
    out.push(
      `<path class="link" data-from="${escapeXml(link.from)}" data-to="${escapeXml(link.to)}" d="${curvePath(from, to, sides)}" fill="none" stroke="#868e96" stroke-width="1.6" marker-end="url(#arrow)">${title}</path>`,
    );
  }
  for (const card of input.cards) {
    const box = boxes.get(card.id);
    if (box) out.push(cardSvg(card, box));
  }
  out.push('</svg>');
  return out.filter(Boolean).join('\n');
}

function laneTitle(name: string, x: number, y: number): string[] {
  return wrapText(name, 18, 3).map(
    (line, i) =>
      `<text x="${x}" y="${y + i * 18}" font-size="14" font-weight="700" fill="#212529">${escapeXml(line)}</text>`,
  );
}

function statusLine(
  status: Status,
  score: number | null,
  x: number,
  y: number,
  size: number,
): string {
  const colour = STATUS_HEX[status];
  const text = `${STATUS_LABEL[status]} · ${mapScoreText(score)}`;
  return (
    `<circle cx="${x + 5}" cy="${y - size / 3}" r="5" fill="${colour}"/>` +
    `<text x="${x + 15}" y="${y}" font-size="${size}" fill="#343a40">${escapeXml(text)}</text>`
  );
}

function cardSvg(card: MapCard, box: Box): string {
  const colour = STATUS_HEX[card.status];
  const name = wrapText(card.name, 25, 2)
    .map(
      (line, i) =>
        `<text x="${box.x + 14}" y="${box.y + 46 + i * 17}" font-size="13.5" font-weight="600" fill="#212529">${escapeXml(line)}</text>`,
    )
    .join('');
  const kpis = `${card.kpiCount} KPI${card.kpiCount === 1 ? '' : 's'}`;
  return [
    `<g class="objective" data-id="${escapeXml(card.id)}" data-status="${card.status}">`,
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="8" fill="#ffffff" stroke="${colour}" stroke-width="1.5"/>`,
    `<rect x="${box.x}" y="${box.y}" width="6" height="${box.height}" rx="3" fill="${colour}"/>`,
    statusLine(card.status, card.score, box.x + 14, box.y + 22, 11.5),
    name,
    `<text x="${box.x + box.width - 12}" y="${box.y + box.height - 12}" font-size="11.5" fill="#5c5f66" text-anchor="end">${kpis}</text>`,
    `</g>`,
  ].join('');
}
