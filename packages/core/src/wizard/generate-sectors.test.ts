import { describe, expect, it } from 'vitest';
import type { SectorId } from '../customer/sectors/sector-ids.ts';
import { sectorKnowledge } from '../customer/sectors/sectors.ts';
import { VALUE_DISCIPLINES } from '../model/customer.ts';
import type { Scorecard, Strategy } from '../model/strategy.ts';
import type { WizardAnswers } from './answers.schema.ts';
import { generateStrategy } from './generate.ts';

/**
 * What a consultant reads: every name, description, need and hypothesis the wizard writes, and
 * the ids of objectives and stakeholders (they show in the file). Not the scorecard description,
 * which names the value discipline by its textbook title ("Customer intimacy").
 */
function corpus(strategy: Strategy): string {
  const s: Scorecard = strategy.scorecards[0]!;
  return [
    ...s.perspectives.map((p) => p.name),
    ...s.objectives.flatMap((o) => [
      o.id.replaceAll('-', ' '),
      o.name,
      o.description ?? '',
      ...o.kpis.map((k) => k.name),
      ...o.initiatives.map((i) => i.name),
    ]),
    ...s.links.map((l) => l.hypothesis ?? ''),
    ...(s.customer?.stakeholders ?? []).flatMap((h) => [
      h.id.replaceAll('-', ' '),
      h.name,
      ...h.needs,
    ]),
    ...(s.customer?.challenges ?? []).flatMap((c) => c.hypotheses.map((h) => h.statement)),
  ].join('\n');
}

const SHOP_FLOOR = ['shopping', 'shopper', 'mystery', 'checkout', 'basket'];
const SELLING = ['customer', 'sales', 'sell', 'revenue', 'margin', 'price', 'pipeline', 'dealer'];
const BUYING = ['purchase', 'buy', 'market share', 'store'];

/** Per sector, the retail words that do not fit it. */
const FORBIDDEN: Readonly<Record<SectorId, readonly string[]>> = {
  'health-care': [...SHOP_FLOOR, ...SELLING, ...BUYING, 'stock', 'profit'],
  'local-government': [...SHOP_FLOOR, ...SELLING, ...BUYING, 'stock', 'profit'],
  'non-profit': [...SHOP_FLOOR, ...SELLING, ...BUYING],
  education: [...SHOP_FLOOR, ...SELLING, ...BUYING, 'stock', 'profit'],
  'business-services': [...SHOP_FLOOR, 'customer', 'dealer', 'store', 'stock'],
  manufacturing: SHOP_FLOOR,
  general: SHOP_FLOOR,
  retail: ['patient', 'resident', 'donor', 'student', 'client'],
};

function answersFor(sector: SectorId, valueDiscipline: WizardAnswers['valueDiscipline']) {
  const s = sectorKnowledge(sector);
  return {
    organization: 'Example',
    sector: s.title,
    valueDiscipline,
    segments: s.customers.segmentExamples.map((name) => ({ name })),
    partners: [...s.partners.examples],
    otherStakeholders: [...s.otherExamples],
    challenge: 'Too few come back',
  } satisfies WizardAnswers;
}

describe.each(Object.entries(FORBIDDEN))('wizard: the words of %s', (sector, words) => {
  it.each(VALUE_DISCIPLINES)('%s uses none of the words that do not fit', (discipline) => {
    const text = corpus(generateStrategy(answersFor(sector as SectorId, discipline))).toLowerCase();
    const found = words.filter((w) => new RegExp(`\\b${w}`).test(text));
    expect(
      found,
      text
        .split('\n')
        .filter((l) => found.some((w) => l.includes(w)))
        .join('\n'),
    ).toEqual([]);
  });
});

function objectiveNames(strategy: Strategy, perspective: string): string[] {
  const s = strategy.scorecards[0]!;
  return s.objectives.filter((o) => o.perspective === perspective).map((o) => o.name);
}

function stakeholdersOf(strategy: Strategy): string[] {
  return (strategy.scorecards[0]!.customer?.stakeholders ?? []).map((s) => `${s.kind}: ${s.name}`);
}

/** Whom each objective serves, as "stakeholder name ← objective name". */
function served(strategy: Strategy): string[] {
  const s = strategy.scorecards[0]!;
  const names = new Map((s.customer?.stakeholders ?? []).map((h) => [h.id, h.name]));
  return s.objectives
    .filter((o) => o.stakeholder !== null && o.parent !== null)
    .map((o) => `${names.get(o.stakeholder ?? '') ?? '?'} ← ${o.name}`);
}

describe('wizard stories: each reads as written for its sector', () => {
  it('a hospice: patients, families and referring physicians', () => {
    const strategy = generateStrategy({
      organization: 'St. Clara Hospice',
      sector: 'health care',
      valueDiscipline: 'customer-intimacy',
      segments: [{ name: 'Patients with a life-limiting illness' }],
      partners: ['Referring physicians'],
      otherStakeholders: ['Families'],
      challenge: 'Patients are referred too late to benefit from our care',
    });
    expect(strategy.scorecards[0]!.perspectives.map((p) => p.name)).toEqual([
      'Financial Sustainability',
      'Patients and Families',
      'Care Processes',
      'People and Learning',
    ]);
    expect(objectiveNames(strategy, 'financial')).toEqual([
      'Secure stable funding for care',
      'Avoid the cost of unplanned hospital admissions',
    ]);
    expect(objectiveNames(strategy, 'customer')).toEqual([
      'Care that patients and families value',
      'Care planned around what matters most to me',
      'A small team of carers who know me',
      'Help from someone who knows my case, day or night',
      'Referrers and care partners who can count on us',
      'A same-day answer to every referral',
      'A report back on every person referred',
      'Families kept informed and supported at every step',
    ]);
    expect(objectiveNames(strategy, 'internal')).toContain(
      'Triage every referral on the day it arrives',
    );
    expect(stakeholdersOf(strategy)).toEqual([
      'customer: Patients',
      'partner: Referring physicians',
      'other: Families',
    ]);
    const text = corpus(strategy);
    for (const retail of [
      'Great shopping experience',
      'Mystery-shopper visits',
      'Grow revenue from targeted customers',
      'Sales pipeline',
      'Attractive margins for partners',
      'Products available when partners order them',
      'Plan stock, prices and support with each partner',
    ])
      expect(text).not.toContain(retail);
  });

  it('a town: residents, contractors, neighbourhood associations and local businesses', () => {
    const strategy = generateStrategy({
      organization: 'Town of Millbrook',
      sector: 'town council',
      valueDiscipline: 'operational-excellence',
      segments: [{ name: 'Families with young children' }, { name: 'Older residents' }],
      partners: ['Waste contractor', 'Neighbourhood associations'],
      otherStakeholders: ['Local businesses'],
    });
    expect(objectiveNames(strategy, 'financial')).toEqual([
      'Deliver every service within the agreed budget',
      'Deliver more service for each euro spent',
    ]);
    expect(objectiveNames(strategy, 'customer').slice(0, 4)).toEqual([
      'Services residents can rely on',
      'Reported problems fixed within 5 working days',
      'Collections and cleaning on the announced day',
      'Errands done without queuing or coming back',
    ]);
    expect(served(strategy)).toEqual([
      'Residents ← Reported problems fixed within 5 working days',
      'Residents ← Collections and cleaning on the announced day',
      'Residents ← Errands done without queuing or coming back',
      'Waste contractor ← Payment on the agreed day',
      'Waste contractor ← Orders known early enough to plan for',
      'Neighbourhood associations ← Joint work that fits each partner’s own plans',
      'Neighbourhood associations ← A named contact who answers partners within 2 days',
    ]);
    expect(objectiveNames(strategy, 'customer')).toContain(
      'Permits and licences decided within 4 weeks',
    );
    const kpis = strategy.scorecards[0]!.objectives.flatMap((o) => o.kpis.map((k) => k.name));
    expect(kpis).toContain('Spending above budget');
    expect(kpis).toContain('Resident satisfaction: Older residents');
  });

  it('a food bank: the people it serves, supermarkets, volunteers, the council and donors', () => {
    const strategy = generateStrategy({
      organization: 'Harbour Food Bank',
      sector: 'food bank',
      valueDiscipline: 'operational-excellence',
      segments: [{ name: 'Families in need' }, { name: 'Older people living alone' }],
      partners: ['Supermarkets', 'Volunteers'],
      otherStakeholders: ['Local council', 'Donors'],
    });
    expect(objectiveNames(strategy, 'financial')).toEqual([
      'Fund the work for three years from diverse sources',
      'Move more help for every euro spent',
    ]);
    expect(served(strategy)).toEqual([
      'People we serve ← Emergency help within 2 days of asking',
      'People we serve ← Doors open every time the schedule says',
      'People we serve ← Help without a waiting list or a long queue',
      'Supermarkets ← Donated goods collected at a time that suits the donor',
      'Supermarkets ← Proof that donated goods reached people in need',
      'Volunteers ← Volunteering that fits their time and skills',
      'Volunteers ← An induction and a named contact for every volunteer',
    ]);
    const customer = strategy.scorecards[0]!.objectives.filter((o) => o.perspective === 'customer');
    expect(customer.filter((o) => o.parent === null).map((o) => [o.name, o.stakeholder])).toEqual([
      ['Help that makes a lasting difference to the people we serve', 'people-served'],
      ['Donors, volunteers and partners who can count on us', null],
      ['Clear evidence of how the work serves local public goals', 'local-council'],
      ['Clear evidence of what each gift and grant achieved', 'donors'],
    ]);
    expect(objectiveNames(strategy, 'internal')).toEqual([
      'Keep a steady supply of food and essentials',
      'Plan every session’s volunteers and supplies a week ahead',
      'Collect, sort and pass on donated goods within 48 hours',
      'Match and coach every volunteer within a month of joining',
    ]);
  });
});
