import { describe, expect, it } from 'vitest';
import { VALUE_ATTRIBUTES } from '../../model/customer.ts';
import { SECTORS } from '../sectors/sectors.ts';
import { ROLE_IDS } from './role-ids.ts';
import { CONSULTED_HYPOTHESIS, ROLES, consultedObjective, roleOf } from './roles.ts';

describe('stakeholder roles', () => {
  it.each(ROLE_IDS)('%s: needs in their words, with KPIs, delivered by its process', (id) => {
    const role = ROLES[id];
    expect(role.id).toBe(id);
    expect(role.objectives.length).toBeGreaterThanOrEqual(2);
    for (const o of role.objectives) {
      expect(VALUE_ATTRIBUTES).toContain(o.attribute);
      expect(o.need).not.toMatch(/^we /i);
      expect([o.leading.indicator, o.lagging.indicator]).toEqual(['leading', 'lagging']);
    }
    expect(role.process.drives).toEqual(role.objectives.map((o) => o.id));
    expect(role.hypothesis).toMatch(/^If /);
    expect(role.keywords.length).toBeGreaterThan(0);
  });

  it('gives every role a group id of its own', () => {
    const ids = Object.values(ROLES).map((r) => r.groupId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads the role from the words of a name, in the sector’s order', () => {
    const health = SECTORS['health-care'].roles;
    const nonProfit = SECTORS['non-profit'].roles;
    expect(roleOf('Referring physicians', health)).toBe('referrer');
    expect(roleOf('GPs', health)).toBe('referrer');
    expect(roleOf('Relatives and carers', health)).toBe('family');
    expect(roleOf('Care Quality Commission inspectors', health)).toBe('regulator');
    expect(roleOf('Food donors', nonProfit)).toBe('goods-donor');
    expect(roleOf('Donors', nonProfit)).toBe('funder');
    expect(roleOf('Supermarkets', nonProfit)).toBe('goods-donor');
    expect(roleOf('Supermarkets', SECTORS.manufacturing.roles)).toBe(null);
    expect(roleOf('Specialist dealers', SECTORS.retail.roles)).toBe('reseller');
    expect(roleOf('Local businesses', SECTORS['local-government'].roles)).toBe('business');
    expect(roleOf('Local press', health)).toBe(null);
  });

  it('matches keywords at the start of a word only', () => {
    // "trust" is a funder's keyword; "distrustful" holds it, but not at a word's start.
    expect(roleOf('Distrustful neighbours', ['funder'])).toBe(null);
    expect(roleOf('NHS trust', ['funder'])).toBe('funder');
  });

  it('asks an unknown group early and for its say, naming it as a sentence would', () => {
    expect(consultedObjective('local-press', 'Local press')).toMatchObject({
      id: 'local-press-consulted',
      name: 'Early notice and a say for local press on what affects them',
    });
    expect(consultedObjective('nhs-england', 'NHS England').name).toBe(
      'Early notice and a say for NHS England on what affects them',
    );
    expect(consultedObjective('st-marys', 'St. Mary’s Parish').name).toContain('St. Mary’s Parish');
    expect(CONSULTED_HYPOTHESIS).toMatch(/^If /);
  });
});
