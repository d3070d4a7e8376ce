import { DISCIPLINES } from '../disciplines.ts';
import { lag, lead } from '../kpi-idea.ts';
import type { CustomerObjectiveIdea, DisciplineKnowledge } from '../types.ts';
import { COMMERCIAL_WORDS } from './commercial-words.ts';
import type { SectorDiscipline, SectorKnowledge } from './types.ts';

/**
 * Businesses that sell. Retail speaks the knowledge base's own words (shopping experience,
 * checkout). Manufacturing and the general fallback replace the shop-floor objectives with ones
 * any buyer of products or services recognises.
 */

export const RETAIL: SectorKnowledge = {
  id: 'retail',
  title: 'retail',
  covers: 'shops, supermarkets, online stores, chains',
  aliases: [
    'retail',
    'shop',
    'store',
    'e-commerce',
    'ecommerce',
    'webshop',
    'grocer',
    'supermarket',
    'fashion',
    'boutique',
    'wholesale',
  ],
  ...COMMERCIAL_WORDS,
  roles: ['reseller', 'supplier', 'community-partner', 'regulator', 'public-authority'],
  disciplines: DISCIPLINES,
};

const PLEASANT_CONTACT: CustomerObjectiveIdea = {
  id: 'easy-contact',
  name: 'Every contact easy and pleasant, in person or online',
  attribute: 'service',
  need: 'Deal with people who make every contact easy',
  leading: lead('contacts-reviewed', 'Contacts reviewed against the service standard', '#', 20, 60),
  lagging: lag('contact-rating', 'Contacts rated 4 or 5 out of 5', '%', 70, 88),
  initiative: 'Service standard for every contact',
};

const CUSTOM_FIT: CustomerObjectiveIdea = {
  id: 'custom-fit',
  name: 'Products adapted to how we use them',
  attribute: 'functionality',
  need: 'Products that fit our line and our way of working',
  leading: lead(
    'application-visits',
    'Customer sites visited by application engineers',
    '#',
    10,
    30,
  ),
  lagging: lag('custom-orders', 'Orders with a customer-specific option', '%', 15, 30),
  initiative: 'Application engineering visits',
};

const QUICK_REORDER: CustomerObjectiveIdea = {
  id: 'quick-reorder',
  name: 'Quick and effortless reordering',
  attribute: 'time',
  need: 'Reorder in a few minutes and get it soon',
  leading: lead('online-reorders', 'Reorders placed online', '%', 30, 70),
  lagging: lag('order-to-delivery', 'Order-to-delivery time', 'days', 5, 2),
  initiative: 'Online reordering portal',
};

const ONE_PLACE: CustomerObjectiveIdea = {
  ...DISCIPLINES['complete-customer-solutions'].customerObjectives[0]!,
  need: 'One provider for the whole job, so I need not look elsewhere',
};

/** The discipline with one customer objective replaced, and the processes that drove it rewired. */
function swap(d: DisciplineKnowledge, from: string, to: CustomerObjectiveIdea): SectorDiscipline {
  return {
    ...d,
    customerObjectives: d.customerObjectives.map((o) => (o.id === from ? to : o)),
    processes: d.processes.map((p) => ({
      ...p,
      drives: p.drives.map((id) => (id === from ? to.id : id)),
    })),
  };
}

function neutralDisciplines(intimacy: CustomerObjectiveIdea): SectorKnowledge['disciplines'] {
  return {
    ...DISCIPLINES,
    'best-total-cost': swap(DISCIPLINES['best-total-cost'], 'quick-purchase', QUICK_REORDER),
    'complete-customer-solutions': swap(
      DISCIPLINES['complete-customer-solutions'],
      'one-stop',
      ONE_PLACE,
    ),
    'customer-intimacy': swap(DISCIPLINES['customer-intimacy'], 'shopping-experience', intimacy),
  };
}

export const MANUFACTURING: SectorKnowledge = {
  id: 'manufacturing',
  title: 'manufacturing',
  covers: 'makers of equipment, parts, materials and consumer goods',
  aliases: [
    'manufactur',
    'factory',
    'industr',
    'engineering',
    'machine',
    'automotive',
    'chemical',
    'equipment',
    'production',
    'maker',
    'electronics',
    'components',
  ],
  ...COMMERCIAL_WORDS,
  roles: ['reseller', 'supplier', 'regulator', 'community-partner', 'public-authority'],
  disciplines: neutralDisciplines(CUSTOM_FIT),
};

export const GENERAL: SectorKnowledge = {
  id: 'general',
  title: 'general',
  covers: 'any business the other sectors do not describe',
  // Anything unknown is general anyway; these keep a hotel from being read as a typo of another.
  aliases: ['hotel', 'restaurant', 'hospitality', 'tourism', 'transport', 'logistics'],
  ...COMMERCIAL_WORDS,
  roles: [
    'reseller',
    'referrer',
    'supplier',
    'funder',
    'volunteer',
    'community-partner',
    'family',
    'regulator',
    'public-authority',
  ],
  disciplines: neutralDisciplines(PLEASANT_CONTACT),
};
