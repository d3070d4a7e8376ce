import { lag, lead } from '../kpi-idea.ts';
import { OUTCOMES } from '../outcomes.ts';
import { BUSINESS_SERVICES_OFFER } from './business-services-offer.ts';
import { BUSINESS_SERVICES_SERVICE } from './business-services-service.ts';
import type { SectorKnowledge } from './types.ts';

/**
 * Consultancies, accountants, law firms, agencies, IT services: clients instead of customers,
 * fee income instead of sales, engagements and advice instead of products and stock.
 */
export const BUSINESS_SERVICES: SectorKnowledge = {
  id: 'business-services',
  title: 'business services',
  covers: 'consultancies, accountants, law firms, agencies, IT, software and engineering services',
  aliases: [
    'business service',
    'professional service',
    'consult',
    'accountan',
    'law firm',
    'legal',
    'agency',
    'it service',
    'software',
    'saas',
    'engineering service',
    'architect',
    'advisory',
    'bank',
    'insurance',
    'financial service',
    'recruitment',
    'staffing',
  ],
  customers: {
    id: 'clients',
    name: 'Clients',
    plural: 'clients',
    segmentExamples: ['Mid-sized manufacturers', 'Start-ups', 'Public-sector clients'],
  },
  perspectives: {
    financial: 'Financial',
    customer: 'Clients',
    internal: 'Internal Processes',
    learning: 'People and Knowledge',
  },
  customerUmbrella: {
    id: 'valued-clients',
    name: 'Win and keep clients who value our expertise',
    focus: lead(
      'targeted-client-time',
      'Partner time spent with targeted client segments',
      '%',
      40,
      65,
    ),
  },
  goal: {
    id: 'fee-income',
    name: 'Grow fee income from targeted clients',
    leading: lead(
      'proposals-in-progress',
      'Proposals in progress with targeted clients',
      'kEUR',
      400,
      600,
    ),
    lagging: lag('targeted-fee-income', 'Fee income from targeted clients', 'kEUR', 1500, 1800),
    initiative: 'Fee plan per client segment',
    hypothesis:
      'If clients get what they need, they stay, give us more work and refer others; then fee income from targeted clients grows',
  },
  partners: {
    umbrella: {
      id: 'referral-partners',
      name: 'Partners who refer and deliver with us, on fair terms',
      description: 'Umbrella: what referral and delivery partners need from us.',
      leading: lead('partner-reviews-held', 'Reviews held with partners', '#', 4, 12),
      lagging: lag('partner-referred-work', 'Work won through partner referrals', '%', 10, 20),
      hypothesis:
        'If partners find working with us fair and easy, they refer more clients and fee income grows',
    },
    defaultRole: 'referrer',
    examples: ['Referral partners', 'Subcontractors', 'Software vendors'],
  },
  otherExamples: ['Regulator', 'Professional body'],
  roles: [
    'referrer',
    'reseller',
    'supplier',
    'regulator',
    'community-partner',
    'funder',
    'public-authority',
  ],
  outcomes: {
    acquisition: {
      ...OUTCOMES.acquisition,
      title: 'New clients won',
      definition: 'New clients won in the segment in the period.',
    },
    satisfaction: {
      ...OUTCOMES.satisfaction,
      title: 'Client satisfaction',
      definition: 'Share of surveyed clients in the segment who are satisfied with the work.',
    },
    retention: {
      ...OUTCOMES.retention,
      title: 'Client retention',
      definition:
        'Share of the segment’s clients at the start of the period who still work with us at its end.',
    },
    profitability: {
      ...OUTCOMES.profitability,
      title: 'Client profitability',
      definition: 'Profit per client in the segment after the cost of serving them.',
    },
    'market-share': {
      ...OUTCOMES['market-share'],
      definition: 'Our share of the segment’s spend on services like ours.',
    },
    'account-share': {
      ...OUTCOMES['account-share'],
      title: 'Share of client spend on our services',
      definition: 'Our share of each client’s spend on the services we offer.',
    },
  },
  disciplines: { ...BUSINESS_SERVICES_OFFER, ...BUSINESS_SERVICES_SERVICE },
};
