import { describe, expect, it } from 'vitest';
import { CUSTOMER_OUTCOMES, VALUE_ATTRIBUTES, VALUE_DISCIPLINES } from '../../model/customer.ts';
import { DISCIPLINES } from '../disciplines.ts';
import { ROLES } from '../roles/roles.ts';
import type { KpiIdea } from '../types.ts';
import { SECTOR_IDS } from './sector-ids.ts';
import { allSectors, sectorDiscipline, sectorKnowledge } from './sectors.ts';

function scaleIsScoreable(k: KpiIdea): boolean {
  return k.optimization === 'maximize' ? k.target > k.baseline : k.target < k.baseline;
}

const roleIdeas = Object.values(ROLES).flatMap((r) => [...r.objectives, r.process]);

describe('sector knowledge', () => {
  it('covers every sector of the documented list, general last', () => {
    expect(allSectors().map((s) => s.id)).toEqual([...SECTOR_IDS]);
    expect(SECTOR_IDS.at(-1)).toBe('general');
  });

  it.each(SECTOR_IDS)(
    '%s: words for the served group, four perspectives and every outcome',
    (id) => {
      const s = sectorKnowledge(id);
      expect(s.customers.name).toMatch(/^[A-Z]/);
      expect(s.customers.segmentExamples.length).toBeGreaterThanOrEqual(2);
      expect(Object.keys(s.perspectives)).toEqual([
        'financial',
        'customer',
        'internal',
        'learning',
      ]);
      expect(Object.keys(s.outcomes).sort()).toEqual([...CUSTOMER_OUTCOMES].sort());
      for (const [key, o] of Object.entries(s.outcomes)) {
        expect(o.id).toBe(key);
        expect(o.optimization === 'maximize' ? o.target > o.baseline : o.target < o.baseline).toBe(
          true,
        );
      }
      expect(s.partners.examples.length).toBeGreaterThanOrEqual(2);
      expect(s.roles).toContain(s.partners.defaultRole);
      expect(s.goal.hypothesis).toMatch(/^If /);
      expect(s.partners.umbrella.hypothesis).toMatch(/^If /);
    },
  );

  it.each(SECTOR_IDS.flatMap((s) => VALUE_DISCIPLINES.map((d) => [s, d] as const)))(
    '%s, %s: needs with an attribute and both KPIs, delivered by processes that learning drives',
    (sector, discipline) => {
      const d = sectorDiscipline(sector, discipline);
      expect([d.id, d.title, d.family]).toEqual([
        discipline,
        DISCIPLINES[discipline].title,
        DISCIPLINES[discipline].family,
      ]);
      expect(d.customersGet.length).toBeGreaterThan(20);
      expect(d.customerObjectives).toHaveLength(3);
      for (const o of d.customerObjectives) {
        expect(VALUE_ATTRIBUTES).toContain(o.attribute);
        expect(o.need).not.toMatch(/^we /i);
        expect([o.leading.indicator, o.lagging.indicator]).toEqual(['leading', 'lagging']);
      }
      const delivered = new Set(d.processes.flatMap((p) => p.drives));
      for (const o of d.customerObjectives) expect(delivered).toContain(o.id);
      const ids = new Set(d.customerObjectives.map((o) => o.id));
      for (const id of delivered) expect(ids).toContain(id);
      expect(d.learning.drives).toEqual(d.processes.map((p) => p.id));
      expect(d.processes.map((p) => p.id)).toContain(d.financial.drivenBy);
      for (const h of [...d.processes, d.learning, d.financial])
        expect(h.hypothesis).toMatch(/^If /);
    },
  );

  it.each(SECTOR_IDS)(
    '%s: scoreable placeholder scales, and no id shared with another idea or a role',
    (id) => {
      const s = sectorKnowledge(id);
      for (const discipline of VALUE_DISCIPLINES) {
        const d = sectorDiscipline(id, discipline);
        const ideas = [...d.customerObjectives, ...d.processes, d.learning, d.financial, s.goal];
        const kpis = [
          ...ideas.flatMap((i) => [i.leading, i.lagging]),
          s.customerUmbrella.focus,
          s.partners.umbrella.leading,
          s.partners.umbrella.lagging,
        ];
        for (const k of kpis) expect(scaleIsScoreable(k), `${discipline}/${k.id}`).toBe(true);
        expect(new Set(kpis.map((k) => k.id)).size, discipline).toBe(kpis.length);
        const objectiveIds = [
          ...ideas.map((i) => i.id),
          s.customerUmbrella.id,
          s.partners.umbrella.id,
          ...roleIdeas.map((r) => r.id),
        ];
        expect(new Set(objectiveIds).size, discipline).toBe(objectiveIds.length);
      }
    },
  );

  it.each(SECTOR_IDS)('%s: a different set of customer objectives for each discipline', (id) => {
    const names = VALUE_DISCIPLINES.flatMap((d) =>
      sectorDiscipline(id, d).customerObjectives.map((o) => o.name),
    );
    expect(new Set(names).size).toBe(names.length);
  });
});
