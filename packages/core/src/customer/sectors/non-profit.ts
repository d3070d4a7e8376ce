import { lag, lead } from '../kpi-idea.ts';
import { NON_PROFIT_OFFER } from './non-profit-offer.ts';
import { NON_PROFIT_SERVICE } from './non-profit-service.ts';
import type { SectorKnowledge } from './types.ts';

/**
 * Charities, foundations, food banks: the people the organisation serves instead of customers,
 * diverse funding instead of revenue, donors, volunteers and partner organisations instead of
 * dealers, help that reaches people instead of sales.
 */
export const NON_PROFIT: SectorKnowledge = {
  id: 'non-profit',
  title: 'non-profit',
  covers: 'charities, foundations, food banks, associations, NGOs, social enterprises',
  aliases: [
    'non-profit',
    'nonprofit',
    'not for profit',
    'charity',
    'charitable',
    'foundation',
    'food bank',
    'ngo',
    'association',
    'voluntary',
    'social enterprise',
    'shelter',
    'humanitarian',
    'community organisation',
    'community organization',
    'third sector',
    'housing association',
    'museum',
  ],
  customers: {
    id: 'people-served',
    name: 'People we serve',
    plural: 'the people we serve',
    segmentExamples: ['Families in need', 'Older people living alone', 'Young people leaving care'],
  },
  perspectives: {
    financial: 'Funding and Resources',
    customer: 'People We Serve and Supporters',
    internal: 'Programmes and Processes',
    learning: 'People and Knowledge',
  },
  customerUmbrella: {
    id: 'help-that-lasts',
    name: 'Help that makes a lasting difference to the people we serve',
    focus: lead(
      'targeted-programme-hours',
      'Programme hours spent with targeted groups',
      '%',
      50,
      75,
    ),
  },
  goal: {
    id: 'diverse-funding',
    name: 'Fund the work for three years from diverse sources',
    leading: lead('funding-applications', 'Funding applications submitted', '#', 8, 16),
    lagging: lag('largest-funder-share', 'Share of income from the largest funder', '%', 45, 25),
    initiative: 'Funding diversification plan',
    hypothesis:
      'If the people we serve get help that lasts, donors and funders see the difference and keep giving',
  },
  partners: {
    umbrella: {
      id: 'supporters-and-partners',
      name: 'Donors, volunteers and partners who can count on us',
      description: 'Umbrella: what donors, volunteers and partner organisations need from us.',
      leading: lead(
        'supporter-contacts',
        'Personal contacts with supporters and partners',
        '#',
        50,
        150,
      ),
      lagging: lag(
        'supporters-staying',
        'Supporters and partners still with us after a year',
        '%',
        65,
        80,
      ),
      hypothesis:
        'If donors, volunteers and partners can count on us, they stay and the work reaches more people for less',
    },
    defaultRole: 'community-partner',
    examples: ['Supermarkets', 'Volunteers', 'Local charities'],
  },
  otherExamples: ['Donors', 'Local council', 'Regulator'],
  roles: [
    'goods-donor',
    'funder',
    'volunteer',
    'referrer',
    'community-partner',
    'public-authority',
    'family',
    'parent',
    'regulator',
    'supplier',
    'employer',
  ],
  outcomes: {
    acquisition: {
      id: 'acquisition',
      title: 'People newly reached',
      definition: 'People of the segment who came to us for the first time in the period.',
      unit: '#',
      optimization: 'maximize',
      baseline: 100,
      target: 130,
    },
    satisfaction: {
      id: 'satisfaction',
      title: 'People satisfied with the help they got',
      definition:
        'Share of the people of the segment asked who are satisfied with the help they got.',
      unit: '%',
      optimization: 'maximize',
      baseline: 70,
      target: 85,
    },
    retention: {
      id: 'retention',
      title: 'People staying until their goal is reached',
      definition:
        'Share of the segment’s people who stay with the programme until the goal agreed with them is reached.',
      unit: '%',
      optimization: 'maximize',
      baseline: 60,
      target: 75,
    },
    profitability: {
      id: 'profitability',
      title: 'Cost per person helped',
      definition: 'What helping one person of the segment costs, all programmes included.',
      unit: 'EUR',
      optimization: 'minimize',
      baseline: 180,
      target: 150,
    },
    'market-share': {
      id: 'market-share',
      title: 'Share of people in need we reach',
      definition: 'Our share of the people in the area who need this help.',
      unit: '%',
      optimization: 'maximize',
      baseline: 25,
      target: 35,
    },
    'account-share': {
      id: 'account-share',
      title: 'People we help in two or more ways',
      definition: 'Share of the segment’s people who use more than one of our programmes.',
      unit: '%',
      optimization: 'maximize',
      baseline: 20,
      target: 35,
    },
  },
  disciplines: { ...NON_PROFIT_OFFER, ...NON_PROFIT_SERVICE },
};
