import { lag, lead } from '../kpi-idea.ts';
import { OUTCOMES } from '../outcomes.ts';
import { PARTNER_UMBRELLA } from '../partners.ts';
import type { SectorKnowledge } from './types.ts';

/**
 * The words of a business that sells: customers, revenue, partners who sell for it. Retail,
 * manufacturing and the general fallback share them; their disciplines differ.
 */
export const COMMERCIAL_WORDS = {
  customers: {
    id: 'customers',
    name: 'Customers',
    plural: 'customers',
    segmentExamples: ['Weekend hikers', 'Small workshops', 'Regular buyers'],
  },
  perspectives: {
    financial: 'Financial',
    customer: 'Customer',
    internal: 'Internal Processes',
    learning: 'Learning and Growth',
  },
  customerUmbrella: {
    id: 'high-value-customers',
    name: 'Add and retain high-value customers',
    focus: lead('segment-focus', 'Sales time spent on targeted segments', '%', 50, 75),
  },
  goal: {
    id: 'grow-revenue',
    name: 'Grow revenue from targeted customers',
    leading: lead('pipeline', 'Sales pipeline from targeted segments', 'kEUR', 500, 700),
    lagging: lag('segment-revenue', 'Revenue from targeted segments', 'kEUR', 1000, 1200),
    initiative: 'Revenue plan per segment',
    hypothesis:
      'If customers get what they need, more of them stay, buy more and bring others; then revenue from targeted customers grows',
  },
  partners: {
    umbrella: {
      ...PARTNER_UMBRELLA,
      description: 'Umbrella: what partners need to do good business with us.',
      hypothesis:
        'If partners do good business with us, they sell more of our products and revenue grows',
    },
    defaultRole: 'reseller',
    examples: ['Dealers', 'Distributors', 'Sales representatives'],
  },
  otherExamples: ['Regulator', 'Local community'],
  outcomes: OUTCOMES,
} as const satisfies Partial<SectorKnowledge>;
