import { describe, expect, it } from 'vitest';
import type { ScorecardId } from '../model/ids.ts';
import { periodOf } from '../periods/period.ts';
import { prepareStrategy } from '../scoring/prepare.ts';
import { scoreScorecard } from '../scoring/scorecard-score.ts';
import { formatScore } from '../document/format.ts';
import { BoardReportError, boardReport } from './board-report.ts';
import { reportStrategy } from './test-strategy.ts';
import { cssString } from './report-style.ts';

const corp = 'corp' as ScorecardId;
const now = new Date('2026-07-03T10:00:00Z');
const june = periodOf('2026-06');

/** The text of one section, tags dropped, so assertions read like the page. */
function sectionText(html: string, name: string): string {
  const match = new RegExp(`<section class="${name}">([\\s\\S]*?)</section>`).exec(html);
  if (match === null) throw new Error(`no ${name} section`);
  return match[1]!
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('boardReport', () => {
  const strategy = reportStrategy();
  const html = boardReport(strategy, { scorecard: corp, period: june, now });
  const engine = scoreScorecard(prepareStrategy(strategy), corp, june);

  it('has every section, in the board pack order, each starting a page', () => {
    const order = [
      'cover',
      'map',
      'perspectives',
      'scorecard',
      'attention',
      'initiatives',
      'changes',
      'customer',
    ].map((s) => html.indexOf(`<section class="${s}">`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('section{break-before:page}');
    expect(html).toContain('@page{size:A4 portrait');
    expect(html).toContain('counter(page)');
    expect(html).not.toContain('<script');
  });

  it('puts the organisation, scorecard, period, date and the engine’s overall score on the cover', () => {
    const cover = sectionText(html, 'cover');
    expect(cover).toContain('Northwind Outdoor');
    expect(cover).toContain('Corporate scorecard');
    expect(cover).toContain('2026-06');
    expect(cover).toContain('2026-07-03');
    expect(cover).toContain(formatScore(engine.score));
  });

  it('draws the map coloured by the engine’s statuses', () => {
    const map = sectionText(html, 'map');
    expect(map).toContain('Provide high product quality');
    const quality = engine.perspectives.find((p) => p.id === 'customer')!.objectives[0]!;
    expect(quality.status).toBe('red');
    expect(html).toContain('data-id="quality" data-status="red"');
  });

  it('shows perspective scores and the scorecard table with the engine’s figures', () => {
    const perspectives = sectionText(html, 'perspectives');
    for (const p of engine.perspectives)
      expect(perspectives).toContain(`${p.name} ${formatScore(p.score)}`);
    const table = sectionText(html, 'scorecard');
    expect(table).toContain('Return rate 5.8% ≤ 2% 5.0% red');
    expect(table).toContain('Revenue 470 kEUR ≥ 500 kEUR 70.0% amber');
  });

  it('lists red and overdue KPIs with the latest comment up to the period', () => {
    const attention = sectionText(html, 'attention');
    expect(attention).toContain('Return rate (Provide high product quality)');
    expect(attention).toContain('Zipper batch failed');
    expect(attention).not.toContain('From the future');
    expect(attention).toContain('Training hours (Build product skills)');
    expect(attention).toContain('overdue');
    expect(attention).not.toContain('Revenue');
  });

  it('shows initiatives with budget, spent, earned value, cost variance and status', () => {
    expect(sectionText(html, 'initiatives')).toContain(
      'Product academy Build product skills 200 120 50.0% 100 -20 at-risk',
    );
  });

  it('compares each objective with the previous period from the engine’s history', () => {
    const changes = sectionText(html, 'changes');
    expect(changes).toContain('2026-05 2026-06');
    expect(changes).toContain('Grow profitable revenue 40.0% 70.0% +30.0 pts');
    expect(changes).toContain('Provide high product quality 50.0% 5.0% −45.0 pts');
  });

  it('has the customer section', () => {
    expect(sectionText(html, 'customer')).toContain('Weekend hikers');
  });

  it('reports as of the latest period with a value by default', () => {
    expect(sectionText(boardReport(strategy, { scorecard: corp, now }), 'cover')).toContain(
      '2026-07',
    );
  });

  it('escapes names so markup in them stays text', () => {
    const tricky = reportStrategy().scorecards[0]!;
    const s = { ...strategy, organization: 'A <b>&</b> B', scorecards: [tricky] };
    const out = boardReport(s, { scorecard: corp, period: june, now });
    expect(out).toContain('A &lt;b&gt;&amp;&lt;/b&gt; B');
    expect(out).not.toContain('<b>');
  });

  it('refuses an unknown scorecard and one without values, saying what to do', () => {
    expect(() => boardReport(strategy, { scorecard: 'nope' as ScorecardId, now })).toThrow(
      new BoardReportError('unknown scorecard "nope"; known: corp'),
    );
    const bare = reportStrategy().scorecards[0]!;
    const empty = {
      ...strategy,
      scorecards: [
        {
          ...bare,
          objectives: bare.objectives.map((o) => ({
            ...o,
            kpis: o.kpis.map((k) => ({ ...k, values: [] })),
          })),
        },
      ],
    };
    expect(() => boardReport(empty, { scorecard: corp, now })).toThrow(/no KPI values yet/);
  });
});

describe('cssString', () => {
  it('escapes everything that could end the string or the style element', () => {
    expect(cssString('Acme · 2026-06')).toBe('"Acme · 2026-06"');
    expect(cssString('a"</style>')).toBe('"a\\22 \\3c \\2f style\\3e "');
  });
});
