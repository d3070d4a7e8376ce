import { buildKpi, buildObjective, buildScorecard, buildStrategy } from '@bearing/testing';
import { describe, expect, it } from 'vitest';
import { kpiId, scorecardId } from '../model/ids.ts';
import type { PeriodKey } from '../periods/period.ts';
import { diffValues } from './diff.ts';
import { longValueRows } from './long-rows.ts';
import type { ImportedValue } from './read-values.ts';

const strategy = buildStrategy({
  scorecards: [
    buildScorecard({
      id: scorecardId('corporate'),
      objectives: [
        buildObjective({
          kpis: [
            buildKpi({
              id: kpiId('nps'),
              values: [
                { period: '2026-02' as PeriodKey, value: 30, comment: 'after the survey' },
                { period: '2026-01' as PeriodKey, value: 20, comment: null },
              ],
            }),
          ],
        }),
      ],
    }),
  ],
});

const imported = (period: string, value: number, comment: string | null = null): ImportedValue => ({
  scorecard: scorecardId('corporate'),
  kpi: kpiId('nps'),
  period: period as PeriodKey,
  value,
  comment,
  location: { source: 'values.csv', sheet: null, row: 2, column: 2, header: 'value' },
});

describe('diffValues', () => {
  it.each<[string, ImportedValue, string, number | null, string | null]>([
    ['a value for an empty period is new', imported('2026-03', 5), 'new', null, null],
    ['another number is changed', imported('2026-01', 21), 'changed', 20, null],
    ['the same number is unchanged', imported('2026-01', 20), 'unchanged', 20, null],
    ['a new comment changes a value', imported('2026-01', 20, 'checked'), 'changed', 20, 'checked'],
    [
      'no comment keeps the stored one',
      imported('2026-02', 30),
      'unchanged',
      30,
      'after the survey',
    ],
    [
      'a changed number keeps the stored comment',
      imported('2026-02', 31),
      'changed',
      30,
      'after the survey',
    ],
  ])('%s', (_, value, kind, old, comment) => {
    const [change] = diffValues(strategy, [value]).changes;
    expect(change?.kind).toBe(kind);
    expect(change?.old?.value ?? null).toBe(old);
    expect(change?.comment).toBe(comment);
  });

  it('counts each kind', () => {
    const diff = diffValues(strategy, [
      imported('2026-03', 5),
      imported('2026-01', 21),
      imported('2026-02', 30),
    ]);
    expect(diff.counts).toEqual({ new: 1, changed: 1, unchanged: 1 });
  });
});

describe('longValueRows', () => {
  it('lists stored values by scorecard and KPI, oldest period first', () => {
    expect(longValueRows(strategy)).toEqual([
      { scorecard: 'corporate', kpi: 'nps', period: '2026-01', value: 20, comment: null },
      {
        scorecard: 'corporate',
        kpi: 'nps',
        period: '2026-02',
        value: 30,
        comment: 'after the survey',
      },
    ]);
    expect(longValueRows(strategy, 'other')).toEqual([]);
  });
});
