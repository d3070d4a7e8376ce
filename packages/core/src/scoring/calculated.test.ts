import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kpiId, scorecardId } from '../model/ids.ts';
import { periodOf, periodRange } from '../periods/period.ts';
import { parseStrategyText } from '../schema/parse.ts';
import { kpiHistory } from './history.ts';
import { prepareStrategy } from './prepare.ts';
import { scoreAllScorecards, scoreScorecard } from './scorecard-score.ts';
import type { KpiScore, ObjectiveScore, ScorecardScore } from './types.ts';

const text = readFileSync(new URL('./__fixtures__/calculated.yaml', import.meta.url), 'utf8');
const parsed = parseStrategyText(text, 'yaml');
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const prepared = prepareStrategy(parsed.value);

function kpisOf(card: ScorecardScore): Map<string, KpiScore> {
  const out = new Map<string, KpiScore>();
  const visit = (o: ObjectiveScore) => {
    for (const k of o.kpis) out.set(k.id, k);
    o.objectives.forEach(visit);
  };
  for (const p of card.perspectives) p.objectives.forEach(visit);
  return out;
}

function kpi(id: string, period: string, scorecard = 'shop'): KpiScore {
  const card = scoreScorecard(prepared, scorecardId(scorecard), periodOf(period));
  return kpisOf(card).get(id)!;
}

describe('calculated KPIs in the engine (formulas.md)', () => {
  it('computes a month from its inputs, and scores it like any KPI', () => {
    const k = kpi('conversion', '2026-01');
    expect(k.value).toBeCloseTo(3);
    expect(k.score).toBeCloseTo(1);
    expect(k.status).toBe('green');
    expect(k.valuePeriod).toBe('2026-01');
  });

  it('takes a quarter as the ratio of sums, not the average of monthly ratios', () => {
    // (30 + 20 + 50) / (1000 + 1000 + 2000) = 2.5 %; the monthly ratios 3, 2, 2.5 average 2.5
    // here by chance, so check the year, where they would differ: 140 / 5000 = 2.8 %.
    expect(kpi('conversion', '2026-Q1').value).toBeCloseTo(2.5);
    expect(kpi('conversion', '2026').value).toBeCloseTo(2.8);
    expect(kpi('conversion', '2026').value).not.toBeCloseTo((3 + 2 + 2.5 + 4) / 4);
  });

  it('reads prev() in periods of the kind being scored', () => {
    expect(kpi('growth', '2026-02').value).toBeCloseTo(-33.333, 2); // 20 / 30 - 1
    expect(kpi('growth', '2026-03').value).toBeCloseTo(150); // 50 / 20 - 1
    // The quarter before 2026-Q2 is 2026-Q1: 40 / 100 - 1.
    expect(kpi('growth', '2026-Q2').value).toBeCloseTo(-60);
    // No January 2026 predecessor: null, not a growth from zero.
    expect(kpi('growth', '2026-01').value).toBeNull();
    expect(kpi('growth', '2026-01').status).toBe('none');
  });

  it('is stale when an input it used was carried forward', () => {
    const march = kpi('return-rate', '2026-03');
    expect(march.value).toBeCloseTo(12); // 6 carried forward / 50
    expect(march.stale).toBe(true);
    expect(kpi('return-rate', '2026-01').stale).toBe(false);
  });

  it('is never overdue itself', () => {
    expect(kpi('conversion', '2026-06').value).toBeNull();
    expect(kpi('conversion', '2026-06').overdue).toBe(false);
    expect(kpi('orders', '2026-06').overdue).toBe(true);
  });

  it('reads other scorecards and other calculated KPIs', () => {
    // avg(conversion 2 %, satisfaction 8) in February.
    expect(kpi('group-quality', '2026-02').value).toBeCloseTo(5);
    // Satisfaction has no January value: avg skips it.
    expect(kpi('group-quality', '2026-01').value).toBeCloseTo(3);
  });

  it('gives the same numbers scoring one scorecard or all of them', () => {
    for (const period of ['2026-01', '2026-02', '2026-Q1', '2026']) {
      const all = scoreAllScorecards(prepared, periodOf(period));
      const one = scoreScorecard(prepared, scorecardId('shop'), periodOf(period));
      expect(kpisOf(all[0]!)).toEqual(kpisOf(one));
    }
  });

  it('fills coalesce() with its fallback when an input has no data', () => {
    expect(kpi('net-orders', '2026-01').value).toBe(24);
    expect(kpi('net-orders', '2026-03').value).toBe(44); // returns carried forward
  });

  it('gives a history point per period through the same pass', () => {
    const months = periodRange(periodOf('2026-01'), periodOf('2026-04'));
    const points = kpiHistory(prepared, scorecardId('shop'), kpiId('conversion'), months);
    expect(points.map((p) => p.value)).toEqual([3, 2, 2.5, 4]);
  });

  it('terminates on a cycle the file would refuse, scoring it as no data', () => {
    const sc = parsed.value.scorecards[0];
    const looped = {
      ...parsed.value,
      scorecards: [
        {
          ...sc!,
          objectives: sc!.objectives.map((o) => ({
            ...o,
            kpis: o.kpis.map((k) =>
              k.id === 'conversion'
                ? { ...k, formula: '[growth] + 1' }
                : k.id === 'growth'
                  ? { ...k, formula: '[conversion] * 2' }
                  : k,
            ),
          })),
        },
        parsed.value.scorecards[1]!,
      ],
    };
    const card = scoreScorecard(prepareStrategy(looped), scorecardId('shop'), periodOf('2026-01'));
    expect(kpisOf(card).get('conversion')!.value).toBeNull();
    expect(kpisOf(card).get('orders')!.value).toBe(30);
  });
});
