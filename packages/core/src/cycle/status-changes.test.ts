import { describe, expect, it } from 'vitest';
import type { Status } from '../scoring/types.ts';
import { type KpiStatusSeen, scanStatuses } from './status-changes.ts';

const seen = (kpi: string, status: Status): KpiStatusSeen => ({
  subject: `kpi:corp/${kpi}`,
  scorecard: 'corp',
  scorecardName: 'Corporate',
  kpi,
  kpiName: kpi.toUpperCase(),
  status,
  period: '2026-11',
});

describe('scanStatuses: KPIs that turned red or recovered since the last scan', () => {
  it.each([
    // previous mark, status now, change expected
    [undefined, 'red', null],
    ['green', 'red', 'kpi.red'],
    ['amber', 'red', 'kpi.red'],
    ['red', 'red', null],
    ['red', 'amber', 'kpi.recovered'],
    ['red', 'green', 'kpi.recovered'],
    ['amber', 'green', null],
    ['red', 'none', null],
  ] as const)('%s → %s: %s', (previous, now, expected) => {
    const marks = new Map(previous === undefined ? [] : [['kpi:corp/nps', previous]]);
    const scan = scanStatuses(marks, [seen('nps', now)]);
    expect(scan.changes.map((c) => c.kind)).toEqual(expected === null ? [] : [expected]);
  });

  it('records a mark for every KPI with a status, and keeps the old one when there is no data', () => {
    const scan = scanStatuses(new Map(), [seen('a', 'green'), seen('b', 'none'), seen('c', 'red')]);
    expect(scan.marks.map((m) => [m.subject, m.state])).toEqual([
      ['kpi:corp/a', 'green'],
      ['kpi:corp/c', 'red'],
    ]);
  });
});
