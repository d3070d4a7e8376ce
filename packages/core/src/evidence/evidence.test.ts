import { describe, expect, it } from 'vitest';
import { kpiId, objectiveId, scorecardId } from '../model/ids.ts';
import type { Kpi, Link, Scorecard, Strategy } from '../model/strategy.ts';
import { periodOf, type PeriodKey } from '../periods/period.ts';
import { UnknownNodeError } from '../scoring/lookup.ts';
import { prepareStrategy } from '../scoring/prepare.ts';
import { evidenceReportSchema } from './evidence.schema.ts';
import { scorecardEvidence, strategyEvidence } from './evidence.ts';
import { extractSeries, seriesPeriods, sideOf } from './series.ts';
import { benjaminiHochberg } from './statistics.ts';
import {
  monthly,
  objective,
  plantedSeries,
  plantedStrategy,
  scaledKpi,
  type PlantOptions,
} from './test-helpers.ts';

const TO = periodOf('2026-12');
const corp = scorecardId('corp');

function only(strategy: Strategy): Scorecard {
  return strategy.scorecards[0]!;
}
function withCard(strategy: Strategy, change: (s: Scorecard) => Scorecard): Strategy {
  return { ...strategy, scorecards: [change(only(strategy))] };
}
function evidenceOf(strategy: Strategy, to = TO) {
  return scorecardEvidence(prepareStrategy(strategy), corp, to);
}
const planted = (o: Partial<PlantOptions> = {}) =>
  plantedStrategy({ planted: 'follows', seed: 4, lag: 2, ...o });

describe('scorecardEvidence', () => {
  it('gives every field of the contract for every link, in its order, and parses as the wire schema', () => {
    const report = evidenceOf(planted());
    expect(evidenceReportSchema.parse(report)).toEqual(report);
    expect(Object.keys(report)).toEqual(['scorecard', 'to', 'links']);
    expect(Object.keys(report.links[0]!)).toEqual([
      'from',
      'to',
      'verdict',
      'lag',
      'step',
      'statedLag',
      'correlation',
      'pValue',
      'qValue',
      'n',
      'reason',
    ]);
    expect(report).toMatchObject({
      scorecard: 'corp',
      to: '2026-12',
      links: [{ from: 'qa', to: 'quality', verdict: 'supported', lag: 2, step: 'month', n: 33 }],
    });
    expect(report.links[0]!.reason).toBe(
      '"Product quality" improved 2 months after "Quality assurance" improved, in 33 months of data',
    );
  });

  it('gives the same report byte for byte for the same input', () => {
    const a = JSON.stringify(strategyEvidence(prepareStrategy(planted()), TO));
    const b = JSON.stringify(strategyEvidence(prepareStrategy(planted()), TO));
    expect(a).toBe(b);
  });

  it('gives a link the same p-value whatever other links the report holds, in any order', () => {
    const strategy = threeLinks();
    const links = only(strategy).links;
    const alone = evidenceOf(withCard(strategy, (s) => ({ ...s, links: [links[1]!] })));
    const reversed = evidenceOf(withCard(strategy, (s) => ({ ...s, links: [...links].reverse() })));
    expect(reversed.links[1]!.pValue).toBe(alone.links[0]!.pValue);
  });

  it('adjusts the p-values of a report with Benjamini–Hochberg', () => {
    const report = evidenceOf(threeLinks());
    const p = report.links.map((l) => l.pValue!);
    expect(report.links.map((l) => l.qValue)).toEqual(benjaminiHochberg(p));
    expect(report.links.every((l, i) => l.qValue! >= p[i]!)).toBe(true);
  });

  it('runs the history up to `to` only', () => {
    const full = evidenceOf(planted());
    const cut = evidenceOf(planted(), periodOf('2025-12'));
    expect(cut.to).toBe('2025-12');
    expect(cut.links[0]!.n).toBe(full.links[0]!.n - 12);
  });

  it('tests the KPIs a link names instead of the objectives, in their own words', () => {
    const strategy = withCard(planted({ planted: 'minimize', lag: 1 }), (s) => ({
      ...s,
      objectives: s.objectives.map((o) =>
        o.id === 'quality'
          ? { ...o, kpis: [...o.kpis, scaledKpi('nps', 'Net promoter score', monthly(noise(36)))] }
          : o,
      ),
      links: [{ ...s.links[0]!, evidence: { cause: kpiId('qa-hours'), effect: kpiId('returns') } }],
    }));
    const link = evidenceOf(strategy).links[0]!;
    expect(link.verdict).toBe('supported');
    expect(link.reason).toBe('returns fell 1 month after QA hours rose, in 34 months of data');
  });

  it('calls a history shorter than 12 paired changes insufficient, with nulls', () => {
    const link = evidenceOf(planted({ months: 10 })).links[0]!;
    expect(link).toEqual({
      from: 'qa',
      to: 'quality',
      verdict: 'insufficient-data',
      lag: null,
      step: 'month',
      statedLag: null,
      correlation: null,
      pValue: null,
      qValue: null,
      n: 9,
      reason:
        'only 9 months of paired changes in "Quality assurance" and "Product quality"; at least 12 are needed',
    });
  });

  it('calls a link inconclusive when the cause barely moved', () => {
    const strategy = withCard(planted(), (s) => ({
      ...s,
      objectives: s.objectives.map((o) =>
        o.id === 'qa' ? { ...o, kpis: [scaledKpi('qa-hours', 'QA hours', monthly(flat(36)))] } : o,
      ),
    }));
    const link = evidenceOf(strategy).links[0]!;
    expect(link.verdict).toBe('inconclusive');
    expect(link.pValue).toBeNull();
    expect(link.reason).toMatch(/^the cause barely moved: "Quality assurance" hardly changed/);
  });

  it('does not count carried-forward values as observations', () => {
    // QA hours are entered every other month and carried forward in between.
    const { cause } = plantedSeries({ planted: 'follows', seed: 4 });
    const sparse = monthly(cause).filter((_, i) => i % 2 === 0);
    const strategy = withCard(planted(), (s) => ({
      ...s,
      objectives: s.objectives.map((o) =>
        o.id === 'qa' ? { ...o, kpis: [carried(scaledKpi('qa-hours', 'QA hours', sparse))] } : o,
      ),
    }));
    const prepared = prepareStrategy(strategy);
    const side = sideOf(prepared.plan, prepared.scorecards[0]!.objectiveById.get('qa')!, null);
    const periods = seriesPeriods(prepared.plan, [side], 'month', TO);
    const [series] = extractSeries(prepared.plan, [side], periods);
    expect(series!.slice(0, 4).map((x) => Number.isNaN(x))).toEqual([false, true, false, true]);
    const link = scorecardEvidence(prepared, corp, TO).links[0]!;
    expect(link.verdict).toBe('insufficient-data');
    expect(link.n).toBe(0);
    expect(link.reason).toBe(
      'no months yet in which both "Quality assurance" and "Product quality" changed on fresh data; at least 12 are needed',
    );
  });

  it('compares quarterly KPIs quarter by quarter, the stated lag in quarters', () => {
    const { cause, effect } = plantedSeries({ planted: 'follows', seed: 9, lag: 1, months: 28 });
    const quarters = (xs: readonly number[]) =>
      xs.map((value, i) => ({
        period: `${2020 + Math.floor(i / 4)}-Q${(i % 4) + 1}` as PeriodKey,
        value,
        comment: null,
      }));
    const quarterly = (k: Kpi): Kpi => ({ ...k, frequency: 'quarterly' });
    const strategy = withCard(planted(), (s) => ({
      ...s,
      objectives: [
        objective('qa', 'Quality assurance', [quarterly(scaledKpi('a', 'A', quarters(cause)))]),
        objective('quality', 'Product quality', [quarterly(scaledKpi('b', 'B', quarters(effect)))]),
      ],
      links: [{ ...s.links[0]!, lag: { count: 3, unit: 'month' } }],
    }));
    const link = evidenceOf(strategy).links[0]!;
    expect(link).toMatchObject({ verdict: 'supported', step: 'quarter', lag: 1, statedLag: 1 });
    expect(link.reason).toMatch(
      /1 quarter after "Quality assurance" improved, in 26 quarters of data$/,
    );
  });

  it('gives an empty report for a scorecard without links and rejects an unknown one', () => {
    const strategy = withCard(planted(), (s) => ({ ...s, links: [] }));
    expect(evidenceOf(strategy).links).toEqual([]);
    expect(() => scorecardEvidence(prepareStrategy(strategy), scorecardId('nope'), TO)).toThrow(
      UnknownNodeError,
    );
  });
});

/** qa → quality (planted), qa → growth (independent) and growth → quality (reversed). */
function threeLinks(): Strategy {
  const follows = plantedSeries({ planted: 'follows', seed: 21, lag: 1 });
  const other = plantedSeries({ planted: 'independent', seed: 22 });
  return withCard(planted(), (s) => ({
    ...s,
    objectives: [
      objective('qa', 'Quality assurance', [scaledKpi('a', 'A', monthly(follows.cause))]),
      objective('quality', 'Product quality', [scaledKpi('b', 'B', monthly(follows.effect))]),
      objective('growth', 'Growth', [scaledKpi('c', 'C', monthly(other.effect))]),
    ],
    links: [link('qa', 'quality'), link('qa', 'growth'), link('growth', 'quality')],
  }));
}

function link(from: string, to: string): Link {
  return { from: objectiveId(from), to: objectiveId(to), hypothesis: null, lag: null };
}

function carried(k: Kpi): Kpi {
  return { ...k, carryForward: true };
}

/** Small wobble around 50: a series that does not drive anything. */
function noise(n: number): number[] {
  return Array.from({ length: n }, (_, i) => 50 + ((i * 7) % 5) - 2);
}

/** A cause that barely moves: 40, then 40.1 from month 18 on. */
function flat(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i < 18 ? 40 : 40.1));
}
