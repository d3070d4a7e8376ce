import { describe, expect, it } from 'vitest';
import { buildOutcomeTable } from './outcome-table.ts';
import { GEAR, kpi, model, objective } from './test-fixtures.ts';

describe('buildOutcomeTable', () => {
  const umbrella = objective('umbrella', {}, [
    kpi('climbers-retention', { segment: 'climbers', outcome: 'retention' }),
    kpi('climbers-satisfaction', { segment: 'climbers', outcome: 'satisfaction' }),
    kpi('share', { outcome: 'market-share' }),
    kpi('focus', { indicator: 'leading' }),
  ]);

  it('groups outcome KPIs by segment, with columns only for the outcomes measured', () => {
    const table = buildOutcomeTable(model(GEAR), [umbrella]);
    expect(table.outcomes).toEqual(['satisfaction', 'retention', 'market-share']);
    const climbers = table.rows.find((r) => r.segment?.id === 'climbers');
    expect(climbers?.count).toBe(2);
    expect(climbers?.cells.retention.map((m) => m.kpi.id)).toEqual(['climbers-retention']);
    expect(climbers?.cells.retention[0]?.objective).toEqual({
      id: 'umbrella',
      name: 'Objective umbrella',
    });
  });

  it('shows segments without measures as empty rows, and unsegmented measures last', () => {
    const table = buildOutcomeTable(model(GEAR), [umbrella]);
    expect(table.rows.map((r) => [r.segment?.id ?? null, r.count])).toEqual([
      ['climbers', 2],
      ['hikers', 0],
      ['tourists', 0],
      [null, 1],
    ]);
  });

  it('ignores KPIs without an outcome', () => {
    const table = buildOutcomeTable(model(GEAR), [objective('x', {}, [kpi('focus')])]);
    expect(table.outcomes).toEqual([]);
    expect(table.rows.every((r) => r.count === 0)).toBe(true);
  });
});
