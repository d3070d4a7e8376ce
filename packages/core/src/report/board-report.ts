import { customerBlocks } from '../document/customer-blocks.ts';
import { formatScore } from '../document/format.ts';
import { escapeHtml, renderHtmlBody } from '../document/render.ts';
import type { Block } from '../document/block.ts';
import type { SavedPositions } from '../map/layout-types.ts';
import { scorecardMapSvg } from '../map/scorecard-map.ts';
import { STATUS_LABEL } from '../map/status-style.ts';
import type { ScorecardId } from '../model/ids.ts';
import type { Scorecard, Strategy } from '../model/strategy.ts';
import { periodBefore } from '../periods/containing.ts';
import { type Period, periodOf } from '../periods/period.ts';
import { objectiveHistory } from '../scoring/history.ts';
import { latestValuePeriod } from '../scoring/latest.ts';
import { type PreparedStrategy, prepareStrategy } from '../scoring/prepare.ts';
import { scoreScorecard } from '../scoring/scorecard-score.ts';
import type { ScorecardScore } from '../scoring/types.ts';
import {
  attentionBlocks,
  changeBlocks,
  initiativeBlocks,
  perspectiveBlocks,
  scorecardTableBlocks,
} from './report-sections.ts';
import { reportCss } from './report-style.ts';

export interface BoardReportOptions {
  readonly scorecard: ScorecardId;
  /** Score as of this period; by default the latest period with a value in the scorecard. */
  readonly period?: Period;
  /** When the report is made: printed on the cover and in every page's footer (core has no clock). */
  readonly now: Date;
  /** The workspace's name, shown on the cover beside the organisation (server and --server). */
  readonly workspace?: string;
  /** Card positions saved on the web map; without them the map is laid out by perspective rows. */
  readonly positions?: SavedPositions;
  /** The strategy already prepared for scoring (the server caches one); prepared here otherwise. */
  readonly prepared?: PreparedStrategy;
}

/** Thrown when the scorecard is not in the strategy or has nothing to score as of. */
export class BoardReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoardReportError';
  }
}

/**
 * The board pack of one scorecard as a standalone, print-styled HTML page: cover, strategy map,
 * perspective scores, the scorecard table, red and overdue KPIs with their latest comments,
 * initiatives with earned value, changes since the previous period, the customer section. Every
 * score comes from the engine; PDF is this page printed by Chromium, so screen and paper agree.
 */
export function boardReport(strategy: Strategy, options: BoardReportOptions): string {
  const sc = strategy.scorecards.find((s) => s.id === options.scorecard);
  if (sc === undefined) {
    const known = strategy.scorecards.map((s) => s.id).join(', ');
    throw new BoardReportError(`unknown scorecard "${options.scorecard}"; known: ${known}`);
  }
  const latest = latestValuePeriod(strategy, sc.id);
  const period = options.period ?? (latest === null ? null : periodOf(latest));
  if (period === null) {
    throw new BoardReportError(
      `scorecard "${sc.id}" has no KPI values yet: give --period or enter values first`,
    );
  }
  const prepared = options.prepared ?? prepareStrategy(strategy);
  const score = scoreScorecard(prepared, sc.id, period);
  const previous = periodBefore(period, 1);
  const date = options.now.toISOString().slice(0, 10);
  const organisation = strategy.organization ?? options.workspace ?? sc.name;
  const title = `${organisation}: ${sc.name} board report, ${period.key}`;
  const map = scorecardMapSvg(sc, {
    title: `${sc.name}: strategy map`,
    subtitle: `Scores as of ${period.key}`,
    score,
    ...(options.positions === undefined ? {} : { positions: options.positions }),
  }).replace(/^<\?xml[^>]*>\n/, '');
  const changes = sc.objectives.map((objective) => {
    const points = objectiveHistory(
      prepared,
      sc.id,
      objective.id,
      previous === null ? [period] : [previous, period],
    );
    return {
      objective,
      previous: previous === null ? null : (points[0]?.score ?? null),
      current: points[points.length - 1]?.score ?? null,
    };
  });
  const sections = [
    cover(organisation, options.workspace, sc, score, period, date),
    `<section class="map"><h2>Strategy map</h2><div class="map-frame">${map}</div></section>`,
    section('perspectives', perspectiveBlocks(score)),
    section('scorecard', scorecardTableBlocks(sc, score)),
    section('attention', attentionBlocks(sc, score, period)),
    section('initiatives', initiativeBlocks(sc)),
    section('changes', changeBlocks(previous?.key ?? null, period.key, changes)),
    section('customer', customerSection(sc)),
  ];
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n<style>\n${reportCss(`${organisation} · ${sc.name} · ${period.key} · ${date}`)}\n</style>\n</head>\n<body>\n${sections.join('\n')}\n</body>\n</html>\n`;
}

function section(id: string, blocks: readonly Block[]): string {
  return `<section class="${id}">\n${renderHtmlBody(blocks)}\n</section>`;
}

function cover(
  organisation: string,
  workspace: string | undefined,
  sc: Scorecard,
  score: ScorecardScore,
  period: Period,
  date: string,
): string {
  const row = (term: string, value: string) =>
    `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`;
  const overall = `<dt>Overall score</dt><dd><span class="overall ${score.status}">${escapeHtml(formatScore(score.score))}</span> <span class="${score.status}">${escapeHtml(STATUS_LABEL[score.status])}</span></dd>`;
  return [
    '<section class="cover">',
    `<h1>${escapeHtml(organisation)}</h1>`,
    `<p class="scorecard">${escapeHtml(sc.name)}: board report</p>`,
    '<dl>',
    workspace === undefined || workspace === organisation ? '' : row('Workspace', workspace),
    row('Scorecard', sc.name),
    row('Period', period.key),
    overall,
    sc.owner === null ? '' : row('Owner', sc.owner),
    row('Prepared', date),
    '</dl>',
    '</section>',
  ]
    .filter((l) => l !== '')
    .join('\n');
}

function customerSection(sc: Scorecard): Block[] {
  const name = (id: string) => sc.objectives.find((o) => o.id === id)?.name ?? id;
  const blocks = customerBlocks(sc, name);
  return [
    { kind: 'heading', level: 2, text: 'Customers' },
    ...(blocks.length === 0
      ? [{ kind: 'paragraph' as const, text: 'This scorecard has no customer section yet.' }]
      : blocks),
  ];
}
