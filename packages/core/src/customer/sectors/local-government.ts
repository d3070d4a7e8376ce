import { lag, lead } from '../kpi-idea.ts';
import { LOCAL_GOVERNMENT_OFFER } from './local-government-offer.ts';
import { LOCAL_GOVERNMENT_SERVICE } from './local-government-service.ts';
import type { SectorKnowledge } from './types.ts';

/**
 * Towns, cities, counties: residents and local businesses instead of customers, a budget kept
 * instead of revenue, taxes and fees instead of prices, contractors and community partners
 * instead of dealers.
 */
export const LOCAL_GOVERNMENT: SectorKnowledge = {
  id: 'local-government',
  title: 'local government',
  covers: 'towns, cities, municipalities, counties, councils',
  aliases: [
    'local government',
    'municipal',
    'town',
    'city',
    'council',
    'county',
    'borough',
    'village',
    'public sector',
    'government',
    'public administration',
    'township',
    'district',
    'province',
    'public agency',
    'public service',
  ],
  customers: {
    id: 'residents',
    name: 'Residents',
    plural: 'residents',
    segmentExamples: ['Families with young children', 'Older residents', 'Local businesses'],
  },
  perspectives: {
    financial: 'Financial Stewardship',
    customer: 'Residents and Community',
    internal: 'Service Delivery',
    learning: 'People and Organisation',
  },
  customerUmbrella: {
    id: 'reliable-services',
    name: 'Services residents can rely on',
    focus: lead(
      'targeted-service-hours',
      'Service hours spent on targeted resident groups',
      '%',
      50,
      75,
    ),
  },
  goal: {
    id: 'balanced-budget',
    name: 'Deliver every service within the agreed budget',
    leading: lead(
      'monthly-budget-reviews',
      'Departments with a monthly budget review',
      '%',
      50,
      100,
    ),
    lagging: lag('overspend', 'Spending above budget', '%', 4, 0.5),
    initiative: 'Monthly budget reviews',
    hypothesis:
      'If residents get services they can rely on, fewer problems come back and the budget goes further',
  },
  partners: {
    umbrella: {
      id: 'delivery-partners',
      name: 'Partners and contractors who can count on the council',
      description: 'Umbrella: what the partners and contractors who deliver with us need from us.',
      leading: lead('delivery-partner-reviews', 'Reviews held with delivery partners', '#', 4, 12),
      lagging: lag('partner-commitments-kept', 'Commitments to partners kept', '%', 70, 90),
      hypothesis:
        'If partners and contractors can count on the council, services reach residents for less',
    },
    defaultRole: 'community-partner',
    examples: ['Neighbourhood associations', 'Waste contractor', 'Housing associations'],
  },
  otherExamples: ['Local businesses', 'Regional police', 'Schools'],
  roles: [
    'business',
    'supplier',
    'community-partner',
    'volunteer',
    'regulator',
    'funder',
    'public-authority',
    'family',
    'parent',
  ],
  outcomes: {
    acquisition: {
      id: 'acquisition',
      title: 'Residents newly using the service',
      definition: 'Residents of the segment who used the service for the first time in the period.',
      unit: '#',
      optimization: 'maximize',
      baseline: 100,
      target: 130,
    },
    satisfaction: {
      id: 'satisfaction',
      title: 'Resident satisfaction',
      definition: 'Share of surveyed residents in the segment who are satisfied with the service.',
      unit: '%',
      optimization: 'maximize',
      baseline: 60,
      target: 75,
    },
    retention: {
      id: 'retention',
      title: 'Residents still living here after 5 years',
      definition: 'Share of the segment’s residents of five years ago who still live in the area.',
      unit: '%',
      optimization: 'maximize',
      baseline: 70,
      target: 78,
    },
    profitability: {
      id: 'profitability',
      title: 'Net cost per resident served',
      definition: 'What serving one resident of the segment costs, after fees and grants.',
      unit: 'EUR',
      optimization: 'minimize',
      baseline: 420,
      target: 380,
    },
    'market-share': {
      id: 'market-share',
      title: 'Share of eligible residents reached',
      definition: 'Share of the residents entitled to the service who use it.',
      unit: '%',
      optimization: 'maximize',
      baseline: 45,
      target: 60,
    },
    'account-share': {
      id: 'account-share',
      title: 'Council services used per resident',
      definition: 'How many of the council’s services open to them a resident of the segment uses.',
      unit: '#',
      optimization: 'maximize',
      baseline: 2,
      target: 3,
    },
  },
  disciplines: { ...LOCAL_GOVERNMENT_OFFER, ...LOCAL_GOVERNMENT_SERVICE },
};
