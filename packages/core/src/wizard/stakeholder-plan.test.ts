import { describe, expect, it } from 'vitest';
import { SECTORS } from '../customer/sectors/sectors.ts';
import { lintStrategy } from '../lint/index.ts';
import { generateStrategy } from './generate.ts';
import { OTHERS_UMBRELLA } from './others-umbrella.ts';
import { planStakeholders } from './stakeholder-plan.ts';

const none = new Set<string>();

describe('planStakeholders', () => {
  it('groups partners by role, in the order they were named, with the sector’s role as default', () => {
    const plan = planStakeholders(
      SECTORS['health-care'],
      ['Referring physicians', 'Pharmacy supplier', 'Home-care nurses', 'Ambulance service'],
      [],
      none,
    );
    expect(plan.partners.map((g) => [g.id, g.name])).toEqual([
      ['referrers', 'Referring physicians, Home-care nurses and Ambulance service'],
      ['suppliers', 'Pharmacy supplier'],
    ]);
    expect(plan.partnerProcesses.map((p) => p.id)).toEqual([
      'referral-handling',
      'supplier-planning',
    ]);
  });

  it('gives the fifth partner group and beyond one shared planning process', () => {
    const plan = planStakeholders(
      SECTORS.general,
      ['Dealers', 'GPs', 'Suppliers', 'Donors', 'Volunteers', 'Schools'],
      [],
      none,
    );
    expect(plan.partners).toHaveLength(6);
    expect(plan.partnerProcesses.map((p) => p.id)).toEqual([
      'partner-management',
      'referral-handling',
      'supplier-planning',
      'joint-partner-planning',
    ]);
    expect(plan.partnerProcesses[3]?.drives).toEqual([
      'funder-evidence',
      'funder-reporting',
      'volunteer-fit',
      'volunteer-support',
      'joint-work',
      'partner-contact',
    ]);
  });

  it('gives each other stakeholder its role’s next unused objective, else early notice and a say', () => {
    const plan = planStakeholders(
      SECTORS['health-care'],
      [],
      ['Families', 'Carers', 'Relatives', 'Local press'],
      none,
    );
    expect(plan.others.map((o) => [o.id, o.objective.id])).toEqual([
      ['families', 'family-informed'],
      ['carers', 'family-say'],
      ['relatives', 'relatives-consulted'],
      ['local-press', 'local-press-consulted'],
    ]);
  });

  it('skips an other stakeholder already named as the served group or a partner, and keeps ids apart', () => {
    const plan = planStakeholders(
      SECTORS.education,
      ['Parents’ association'],
      ['Students', 'Parents’ association', 'Parents', 'Parents'],
      none,
    );
    expect(plan.partners.map((g) => g.id)).toEqual(['parents']);
    expect(plan.others.map((o) => [o.id, o.name, o.objective.id])).toEqual([
      ['parents-2', 'Parents', 'parents-2-consulted'],
    ]);
  });
});

describe('many other stakeholders', () => {
  const strategy = generateStrategy({
    organization: 'Riverside Clinic',
    sector: 'health care',
    valueDiscipline: 'operational-excellence',
    segments: [{ name: 'Adults with diabetes' }],
    partners: ['GPs'],
    otherStakeholders: ['Families', 'Regulator', 'Donors', 'Volunteers', 'Local press', 'Unions'],
  });
  const scorecard = strategy.scorecards[0]!;

  it('groups them under one umbrella, so the customer perspective stays within six on the map', () => {
    const onMap = scorecard.objectives.filter((o) => o.perspective === 'customer' && !o.parent);
    expect(onMap.map((o) => o.id)).toEqual(['valued-care', 'care-partners', OTHERS_UMBRELLA.id]);
    const under = scorecard.objectives.filter((o) => o.parent === OTHERS_UMBRELLA.id);
    expect(under.map((o) => o.stakeholder)).toEqual([
      'families',
      'regulator',
      'donors',
      'volunteers',
      'local-press',
      'unions',
    ]);
  });

  it('still lints with no warning', () => {
    const findings = lintStrategy(strategy).scorecards.flatMap((s) => s.findings);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
