import { describe, expect, it } from 'vitest';
import {
  bulkValuesInput,
  createKpiInput,
  createWorkspaceInput,
  updateKpiInput,
  updateObjectiveInput,
  updateScorecardInput,
} from './index.ts';

describe('API input schemas', () => {
  it('accepts an objective move in strategy-file syntax, and null to clear a reference', () => {
    const parsed = updateObjectiveInput.parse({
      version: 2,
      perspective: 'internal',
      parent: null,
      contributesTo: 'corp/growth',
    });
    expect(parsed).toEqual({
      version: 2,
      perspective: 'internal',
      parent: null,
      contributesTo: 'corp/growth',
    });
  });

  it('refuses unknown fields, so a typo never passes silently', () => {
    const result = updateObjectiveInput.safeParse({ version: 1, colour: 'red' });
    expect(result.success).toBe(false);
  });

  it('refuses a malformed cascade target with the field in the path', () => {
    const result = updateObjectiveInput.safeParse({ contributesTo: 'no-slash' });
    expect(result.error?.issues[0]?.path).toEqual(['contributesTo']);
  });

  it('refuses null for a name, which has no default', () => {
    expect(updateScorecardInput.safeParse({ name: null }).success).toBe(false);
    expect(updateScorecardInput.safeParse({ thresholds: null }).success).toBe(true);
  });

  it('requires the objective of a new KPI and keeps values out of KPI definitions', () => {
    expect(createKpiInput.safeParse({ name: 'NPS' }).success).toBe(false);
    expect(createKpiInput.safeParse({ name: 'NPS', objective: 'loyalty' }).success).toBe(true);
    expect(updateKpiInput.safeParse({ values: { '2026-01': 1 } }).success).toBe(false);
  });

  it('normalises bulk value periods and refuses an impossible one', () => {
    const ok = bulkValuesInput.parse({ values: [{ kpi: 'nps', period: '2026-Q1', value: 40 }] });
    expect(ok.values[0]).toEqual({ kpi: 'nps', period: '2026-Q1', value: 40, comment: null });
    const bad = bulkValuesInput.safeParse({
      values: [{ kpi: 'nps', period: '2026-13', value: 1 }],
    });
    expect(bad.error?.issues[0]?.path).toEqual(['values', 0, 'period']);
  });

  it('defaults a new workspace to no organization', () => {
    expect(createWorkspaceInput.parse({ key: 'lab', name: 'Lab' })).toEqual({
      key: 'lab',
      name: 'Lab',
      organization: null,
    });
  });
});
