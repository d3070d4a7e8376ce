import { lag, lead } from '../kpi-idea.ts';
import { HEALTH_CARE_OFFER } from './health-care-offer.ts';
import { HEALTH_CARE_SERVICE } from './health-care-service.ts';
import type { SectorKnowledge } from './types.ts';

/**
 * Hospices, hospitals, clinics, care homes: patients (and those around them) instead of
 * customers, funding instead of revenue, referrers instead of dealers, waiting times, access and
 * results of care instead of prices and sales.
 */
export const HEALTH_CARE: SectorKnowledge = {
  id: 'health-care',
  title: 'health care',
  covers: 'hospices, hospitals, clinics, practices, home care, care homes',
  aliases: [
    'health',
    'hospice',
    'hospital',
    'clinic',
    'medical',
    'palliative',
    'nursing',
    'care home',
    'home care',
    'healthcare',
    'social care',
    'dental',
    'pharmacy',
    'physiotherap',
    'mental health',
    'practice',
  ],
  customers: {
    id: 'patients',
    name: 'Patients',
    plural: 'patients',
    segmentExamples: ['Patients with a life-limiting illness', 'Older people living at home'],
  },
  perspectives: {
    financial: 'Financial Sustainability',
    customer: 'Patients and Families',
    internal: 'Care Processes',
    learning: 'People and Learning',
  },
  customerUmbrella: {
    id: 'valued-care',
    name: 'Care that patients and families value',
    focus: lead('targeted-care-time', 'Care hours spent with targeted patient groups', '%', 50, 75),
  },
  goal: {
    id: 'stable-funding',
    name: 'Secure stable funding for care',
    leading: lead('funding-bids', 'Funding applications and contract bids submitted', '#', 6, 12),
    lagging: lag(
      'funded-months',
      'Months of running costs covered by secured funding',
      'months',
      14,
      24,
    ),
    initiative: 'Funding plan across contracts, grants and gifts',
    hypothesis:
      'If patients and families get the care they need, more patients are referred and those who pay for care keep funding it',
  },
  partners: {
    umbrella: {
      id: 'care-partners',
      name: 'Referrers and care partners who can count on us',
      description: 'Umbrella: what referrers and partners in care need from us.',
      leading: lead(
        'care-partner-meetings',
        'Meetings held with referrers and care partners',
        '#',
        4,
        12,
      ),
      lagging: lag(
        'active-referrers',
        'Referrers who referred a patient this quarter',
        '#',
        40,
        60,
      ),
      hypothesis:
        'If referrers and care partners can count on us, patients reach us in time and our funding stays secure',
    },
    defaultRole: 'referrer',
    examples: ['Referring physicians', 'Home-care nurses', 'Hospitals'],
  },
  otherExamples: ['Families', 'Regulator', 'Donors', 'Volunteers'],
  roles: [
    'family',
    'referrer',
    'regulator',
    'volunteer',
    'funder',
    'supplier',
    'public-authority',
    'community-partner',
    'parent',
  ],
  outcomes: {
    acquisition: {
      id: 'acquisition',
      title: 'Patients referred',
      definition: 'Patients of the segment newly referred to us in the period.',
      unit: '#',
      optimization: 'maximize',
      baseline: 100,
      target: 130,
    },
    satisfaction: {
      id: 'satisfaction',
      title: 'Patient satisfaction',
      definition: 'Share of surveyed patients in the segment who are satisfied with their care.',
      unit: '%',
      optimization: 'maximize',
      baseline: 75,
      target: 88,
    },
    retention: {
      id: 'retention',
      title: 'Patients continuing their care with us',
      definition:
        'Share of the segment’s patients in our care at the start of the period who stay until their care plan ends.',
      unit: '%',
      optimization: 'maximize',
      baseline: 80,
      target: 90,
    },
    profitability: {
      id: 'profitability',
      title: 'Cost of care per patient',
      definition: 'What caring for one patient of the segment costs, all services included.',
      unit: 'EUR',
      optimization: 'minimize',
      baseline: 2400,
      target: 2100,
    },
    'market-share': {
      id: 'market-share',
      title: 'Share of eligible patients we reach',
      definition: 'Our share of the people in the area who need this care.',
      unit: '%',
      optimization: 'maximize',
      baseline: 30,
      target: 40,
    },
    'account-share': {
      id: 'account-share',
      title: 'Share of each patient’s care we provide',
      definition: 'The part of the care a patient of the segment needs that we provide ourselves.',
      unit: '%',
      optimization: 'maximize',
      baseline: 40,
      target: 55,
    },
  },
  disciplines: { ...HEALTH_CARE_OFFER, ...HEALTH_CARE_SERVICE },
};
