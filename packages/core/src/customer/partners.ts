import { lag, lead } from './kpi-idea.ts';
import type { CapabilityIdea, CustomerObjectiveIdea } from './types.ts';

/**
 * Partners (dealers, distributors, sales representatives) are customers too. What they want is
 * their own business result: a price that leaves a margin, stock they can sell, and support that
 * helps them sell. "Win-win relations" is the umbrella; these are its specific factors.
 */
export const PARTNER_UMBRELLA = {
  id: 'win-win-partners',
  name: 'Achieve and retain win-win partner relations',
  leading: lead('partner-reviews', 'Business reviews held with partners', '#', 4, 12),
  lagging: lag('partner-retention', 'Partners renewing their agreement', '%', 80, 92),
} as const;

export const PARTNER_OBJECTIVES: readonly CustomerObjectiveIdea[] = [
  {
    id: 'partner-margin',
    name: 'Attractive margins for partners',
    attribute: 'price',
    need: 'A purchase price that leaves us a good margin',
    leading: lead('partner-price-reviews', 'Partner price lists reviewed', '#', 2, 4),
    lagging: lag('partner-margin', 'Average partner gross margin on our products', '%', 18, 24),
    initiative: 'Partner pricing and margin review',
  },
  {
    id: 'partner-availability',
    name: 'Products available when partners order them',
    attribute: 'availability',
    need: 'Stock we can sell, delivered when we need it',
    leading: lead('partner-forecasts', 'Partners sharing a sales forecast', '%', 30, 70),
    lagging: lag('partner-fill-rate', 'Partner orders filled completely', '%', 85, 97),
    initiative: 'Shared stock forecasts with partners',
  },
  {
    id: 'partner-support',
    name: 'Support and training that make selling our products easy',
    attribute: 'service',
    need: 'Training, material and a contact who helps us sell',
    leading: lead('partner-trainings', 'Partner staff trained on our products', '#', 20, 60),
    lagging: lag(
      'partner-support-rating',
      'Partners rating our support 4 or 5 out of 5',
      '%',
      55,
      80,
    ),
    initiative: 'Partner support programme',
  },
];

/** The internal process that delivers the partner objectives. */
export const PARTNER_PROCESS: CapabilityIdea = {
  id: 'partner-management',
  name: 'Plan stock, prices and support with each partner',
  leading: lead('joint-plans', 'Partners with a joint business plan', '%', 20, 60),
  lagging: lag('partner-sell-through', 'Partner sell-through rate', '%', 60, 75),
  initiative: 'Joint business planning with partners',
  drives: PARTNER_OBJECTIVES.map((o) => o.id),
  hypothesis:
    'If we plan stock, prices and support with partners, they earn more and sell more of ours',
};

/** What partners want, in their words: the default `needs` of a partner stakeholder. */
export const PARTNER_NEEDS: readonly string[] = PARTNER_OBJECTIVES.map((o) => o.need);
