import { describe, expect, it } from 'vitest';
import { CUSTOMER_OUTCOMES, VALUE_ATTRIBUTES, VALUE_DISCIPLINES } from '../model/customer.ts';
import {
  DEFAULT_OUTCOMES,
  OUTCOMES,
  OUTCOME_CHAIN,
  PARTNER_NEEDS,
  PARTNER_OBJECTIVES,
  PARTNER_PROCESS,
  allDisciplines,
  disciplineKnowledge,
  outcomesDrivenBy,
} from './index.ts';
import type { KpiIdea } from './types.ts';

function scaleIsScoreable(k: KpiIdea): boolean {
  return k.optimization === 'maximize' ? k.target > k.baseline : k.target < k.baseline;
}

describe('customer knowledge base', () => {
  it('covers every value discipline, in the model’s order', () => {
    expect(allDisciplines().map((d) => d.id)).toEqual([...VALUE_DISCIPLINES]);
  });

  it.each(VALUE_DISCIPLINES)(
    '%s: customer objectives with a need, a value attribute, a leading and a lagging KPI',
    (id) => {
      const d = disciplineKnowledge(id);
      expect(d.customersGet.length).toBeGreaterThan(20);
      expect(d.customerObjectives.length).toBeGreaterThanOrEqual(3);
      for (const o of d.customerObjectives) {
        expect(VALUE_ATTRIBUTES).toContain(o.attribute);
        expect(o.need).not.toMatch(/^we /i);
        expect(o.leading.indicator).toBe('leading');
        expect(o.lagging.indicator).toBe('lagging');
        expect(o.leading.unit).not.toBe('');
        expect(o.lagging.unit).not.toBe('');
      }
    },
  );

  it.each(VALUE_DISCIPLINES)(
    '%s: internal processes deliver every customer objective, learning drives the processes',
    (id) => {
      const d = disciplineKnowledge(id);
      const delivered = new Set(d.processes.flatMap((p) => p.drives));
      for (const o of d.customerObjectives) expect(delivered).toContain(o.id);
      expect(d.learning.drives).toEqual(d.processes.map((p) => p.id));
      expect(d.processes.map((p) => p.id)).toContain(d.financial.drivenBy);
    },
  );

  it('gives every example KPI a scoreable placeholder scale and unique ids within a discipline', () => {
    for (const d of allDisciplines()) {
      const ideas = [
        ...d.customerObjectives,
        ...d.processes,
        d.learning,
        d.financial,
        ...PARTNER_OBJECTIVES,
        PARTNER_PROCESS,
      ];
      const kpis = ideas.flatMap((i) => [i.leading, i.lagging]);
      for (const k of kpis) expect(scaleIsScoreable(k), `${d.id}/${k.id}`).toBe(true);
      expect(new Set(kpis.map((k) => k.id)).size).toBe(kpis.length);
      const objectiveIds = ideas.map((i) => i.id);
      expect(new Set(objectiveIds).size).toBe(objectiveIds.length);
    }
  });

  it('implies a different set of customer objectives for each discipline', () => {
    const sets = allDisciplines().map((d) => d.customerObjectives.map((o) => o.name).join('|'));
    expect(new Set(sets).size).toBe(VALUE_DISCIPLINES.length);
    const names = allDisciplines().flatMap((d) => d.customerObjectives.map((o) => o.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('defines the six core outcomes, with the default chain from satisfaction to shares and profitability', () => {
    expect(Object.keys(OUTCOMES).sort()).toEqual([...CUSTOMER_OUTCOMES].sort());
    for (const o of Object.values(OUTCOMES)) expect(o.target).toBeGreaterThan(o.baseline);
    expect(outcomesDrivenBy('satisfaction')).toEqual(['retention', 'acquisition']);
    expect(OUTCOME_CHAIN.every((l) => /^If /.test(l.hypothesis))).toBe(true);
    const reached = new Set(OUTCOME_CHAIN.map((l) => l.to));
    for (const o of ['retention', 'acquisition', 'market-share', 'account-share', 'profitability'])
      expect(reached).toContain(o);
    expect(DEFAULT_OUTCOMES).toEqual(['retention', 'satisfaction', 'acquisition']);
  });

  it('states partner needs as price and margin, availability and a support programme', () => {
    expect(PARTNER_OBJECTIVES.map((o) => o.attribute)).toEqual([
      'price',
      'availability',
      'service',
    ]);
    expect(PARTNER_NEEDS).toHaveLength(3);
    expect(PARTNER_PROCESS.drives).toEqual(PARTNER_OBJECTIVES.map((o) => o.id));
  });
});
