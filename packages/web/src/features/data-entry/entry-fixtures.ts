/** Entry rows for tests, with overrides. */
import type { EntryRow } from './entry-rows.ts';

export function entryRow(kpi: string, overrides: Partial<EntryRow> = {}): EntryRow {
  return {
    kpi,
    name: `KPI ${kpi}`,
    objective: 'quality',
    objectiveName: 'Quality',
    unit: null,
    owner: null,
    frequency: 'monthly',
    period: '2026-06',
    due: true,
    dueBy: null,
    stored: null,
    last: null,
    status: 'none',
    score: null,
    calculated: false,
    computed: null,
    ...overrides,
  };
}
