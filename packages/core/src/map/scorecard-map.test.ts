import { describe, expect, it } from 'vitest';
import type { ScorecardId } from '../model/ids.ts';
import { periodOf } from '../periods/period.ts';
import { reportStrategy } from '../report/test-strategy.ts';
import { prepareStrategy } from '../scoring/prepare.ts';
import { scoreScorecard } from '../scoring/scorecard-score.ts';
import { scorecardMapInput, scorecardMapSvg } from './scorecard-map.ts';

const strategy = reportStrategy();
const sc = strategy.scorecards[0]!;
const score = scoreScorecard(prepareStrategy(strategy), 'corp' as ScorecardId, periodOf('2026-06'));

describe('scorecardMapSvg', () => {
  it('draws a lane per perspective, a card per objective and an arrow per link, coloured by status', () => {
    const svg = scorecardMapSvg(sc, { title: 'Corporate', score });
    expect(svg.match(/<g class="lane"/g)).toHaveLength(sc.perspectives.length);
    expect(svg.match(/<g class="objective"/g)).toHaveLength(sc.objectives.length);
    expect(svg.match(/<path class="link"/g)).toHaveLength(sc.links.length);
    expect(svg).toContain('data-id="quality" data-status="red"');
    expect(svg).toContain('Off track · 5%');
  });

  it('lays out deterministically by perspective rows, in the scorecard order', () => {
    const a = scorecardMapInput(sc, { title: 'x', score });
    expect(scorecardMapSvg(sc, { title: 'x', score })).toBe(
      scorecardMapSvg(sc, { title: 'x', score }),
    );
    const laneY = new Map(a.layout.lanes.map((l) => [l.id, l.y]));
    expect(laneY.get('financial')).toBeLessThan(laneY.get('customer')!);
    expect(a.layout.cards['revenue']?.lane).toBe('financial');
  });

  it('uses the positions saved on the web map when there are some', () => {
    const input = scorecardMapInput(sc, {
      title: 'x',
      score,
      positions: { quality: { x: 600, y: 20 } },
    });
    expect(input.layout.cards['quality']).toMatchObject({ x: 600, y: 20 });
  });

  it('draws grey cards without scores', () => {
    const svg = scorecardMapSvg(sc, { title: 'x', score: null });
    expect(svg).not.toContain('data-status="red"');
    expect(svg).toContain('data-status="none"');
  });
});
