import { describe, expect, it } from 'vitest';
import type { Change } from '../../api/types.ts';
import { describeLoggedValue, valueChangesByPeriod } from './value-changes.ts';

const change = (over: Partial<Change>): Change => ({
  id: '01',
  entityType: 'kpi_value',
  operation: 'update',
  scorecard: 'acme',
  entityKey: 'return-rate',
  period: '2026-07',
  actor: 'local',
  at: '2026-11-25T13:21:48.118Z',
  before: null,
  after: null,
  ...over,
});

describe('describing a logged value', () => {
  it('shows the value with its unit and comment', () => {
    expect(describeLoggedValue({ value: 3.3, comment: 'July close' }, '%')).toBe(
      '3.3% — July close',
    );
    expect(describeLoggedValue({ value: 486, comment: null }, 'kEUR')).toBe('486 kEUR');
  });

  it('shows a dash for nothing (before a create, after a delete)', () => {
    expect(describeLoggedValue(null, '%')).toBe('–');
  });
});

describe('value changes by period', () => {
  const log: Change[] = [
    change({
      id: 'a',
      operation: 'create',
      at: '2026-11-25T10:00:00Z',
      after: { value: 3.3, comment: null },
    }),
    change({
      id: 'b',
      at: '2026-11-25T11:00:00Z',
      actor: 'anna',
      before: { value: 3.3, comment: null },
      after: { value: 3.1, comment: 'fixed' },
    }),
    change({ id: 'c', period: '2026-06', operation: 'delete', before: { value: 3.6 } }),
    change({ id: 'd', entityKey: 'nps', after: { value: 40 } }),
    change({ id: 'e', entityType: 'kpi', entityKey: 'return-rate', period: null }),
  ];

  it("keeps this KPI's value changes only, newest first per period", () => {
    const byPeriod = valueChangesByPeriod(log, 'return-rate', '%');
    expect([...byPeriod.keys()].sort()).toEqual(['2026-06', '2026-07']);
    expect(byPeriod.get('2026-07')?.map((c) => [c.id, c.actor, c.before, c.after])).toEqual([
      ['b', 'anna', '3.3%', '3.1% — fixed'],
      ['a', 'local', '–', '3.3%'],
    ]);
    expect(byPeriod.get('2026-06')?.[0]).toMatchObject({ operation: 'delete', after: '–' });
  });
});
