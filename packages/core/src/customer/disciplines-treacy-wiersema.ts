import { lag, lead } from './kpi-idea.ts';
import type { DisciplineKnowledge } from './types.ts';

/**
 * Treacy & Wiersema's value disciplines. Their third, product leadership, is shared with Kaplan &
 * Norton and lives there.
 */

export const OPERATIONAL_EXCELLENCE: DisciplineKnowledge = {
  id: 'operational-excellence',
  title: 'Operational excellence',
  family: 'Treacy & Wiersema',
  customersGet: 'A low price, reliable delivery and no hassle: things simply work.',
  examples: ['Parcel carriers', 'Fast-food chains', 'Online retailers of everyday goods'],
  hypothesis: 'Late or unreliable delivery drives customers to competitors',
  customerObjectives: [
    {
      id: 'competitive-price',
      name: 'Competitive price',
      attribute: 'price',
      need: 'A fair, low price without surprises',
      leading: lead('price-reviews', 'Price points reviewed against the market', '#', 10, 30),
      lagging: lag(
        'price-index',
        'Price index against the market (100 = market)',
        'index',
        104,
        98,
      ),
      initiative: 'Market price monitoring',
    },
    {
      id: 'on-time-delivery',
      name: 'Reliable, on-time delivery',
      attribute: 'time',
      need: 'It arrives when you said it would',
      leading: lead('capacity-plans', 'Weeks planned with capacity to spare', '%', 50, 85),
      lagging: lag('on-time', 'Orders delivered on time', '%', 85, 97),
      initiative: 'Delivery promise tracking',
    },
    {
      id: 'hassle-free',
      name: 'Hassle-free ordering and returns',
      attribute: 'service',
      need: 'Ordering and returning take no effort',
      leading: lead('self-service-share', 'Orders placed through self-service', '%', 40, 70),
      lagging: lag('effort-score', 'Customer effort score (1 = no effort)', 'score', 3.2, 2),
      initiative: 'Self-service ordering and returns',
    },
  ],
  processes: [
    {
      id: 'reliable-supply-chain',
      name: 'Run a reliable, predictable supply chain',
      leading: lead('forecast-accuracy', 'Demand forecast accuracy', '%', 70, 88),
      lagging: lag('stock-outs', 'Order lines out of stock', '%', 5, 1.5),
      initiative: 'Demand planning',
      drives: ['on-time-delivery', 'hassle-free'],
      hypothesis: 'If supply is predictable, orders arrive on time and complete',
    },
    {
      id: 'low-cost-processes',
      name: 'Automate routine order handling',
      leading: lead('automated-orders', 'Orders handled without manual steps', '%', 50, 85),
      lagging: lag('handling-cost', 'Handling cost per order', 'EUR', 6, 4),
      initiative: 'Order automation',
      drives: ['competitive-price', 'hassle-free'],
      hypothesis: 'If routine handling is automated, we can price lower and customers wait less',
    },
  ],
  learning: {
    id: 'continuous-improvement',
    name: 'Make continuous improvement everyone’s job',
    leading: lead('ideas-submitted', 'Improvement ideas submitted per employee', '#', 1, 4),
    lagging: lag('ideas-implemented', 'Improvement ideas implemented', '%', 20, 45),
    initiative: 'Improvement idea board',
    drives: ['reliable-supply-chain', 'low-cost-processes'],
    hypothesis:
      'If everyone improves their own work, the supply chain gets more reliable and cheaper',
  },
  financial: {
    id: 'productivity',
    name: 'Raise productivity',
    leading: lead('process-cost-reviews', 'Process cost reviews held', '#', 4, 12),
    lagging: lag('revenue-per-employee', 'Revenue per employee', 'kEUR', 180, 210),
    initiative: 'Productivity dashboard',
    drivenBy: 'low-cost-processes',
    hypothesis: 'If routine work is automated, each employee serves more revenue',
  },
};

export const CUSTOMER_INTIMACY: DisciplineKnowledge = {
  id: 'customer-intimacy',
  title: 'Customer intimacy',
  family: 'Treacy & Wiersema',
  customersGet:
    'A relationship: people who know them, tailor the offer to them and make every contact pleasant.',
  examples: ['Private banks', 'Specialist retailers', 'Boutique hotels'],
  hypothesis: 'Customers do not feel known or well served when they come back',
  customerObjectives: [
    {
      id: 'shopping-experience',
      name: 'Great shopping experience',
      attribute: 'service',
      need: 'Enjoy every visit and every contact',
      leading: lead('mystery-shops', 'Mystery-shopper visits', '#', 4, 12),
      lagging: lag('experience-rating', 'Visits rated 4 or 5 out of 5', '%', 70, 88),
      initiative: 'Service standards for every contact',
    },
    {
      id: 'personal-advice',
      name: 'Advice tailored to my situation',
      attribute: 'partnership',
      need: 'Advice that fits me, not a standard pitch',
      leading: lead('profiles-complete', 'Customer profiles with known preferences', '%', 30, 70),
      lagging: lag('advice-followed', 'Recommendations bought', '%', 15, 30),
      initiative: 'Customer profile in every conversation',
    },
    {
      id: 'quick-answers',
      name: 'Quick answers from someone who knows me',
      attribute: 'time',
      need: 'Reach a person who knows my history, fast',
      leading: lead('named-contacts', 'Customers with a named contact person', '%', 40, 80),
      lagging: lag('answer-time', 'Time to a complete answer', 'hours', 24, 6),
      initiative: 'Named contact person for regular customers',
    },
  ],
  processes: [
    {
      id: 'customer-knowledge',
      name: 'Keep one shared view of each customer',
      leading: lead('records-updated', 'Contacts logged in the customer record', '%', 50, 90),
      lagging: lag('duplicate-records', 'Duplicate or outdated customer records', '%', 12, 3),
      initiative: 'Single customer record',
      drives: ['personal-advice', 'quick-answers'],
      hypothesis: 'If everyone sees the customer’s history, answers are quicker and advice fits',
    },
    {
      id: 'service-recovery',
      name: 'Resolve complaints within a day',
      leading: lead(
        'complaints-acknowledged',
        'Complaints acknowledged within an hour',
        '%',
        60,
        95,
      ),
      lagging: lag('complaints-resolved', 'Complaints resolved within a day', '%', 55, 85),
      initiative: 'Complaint handling playbook',
      drives: ['shopping-experience', 'quick-answers'],
      hypothesis:
        'If complaints are put right within a day, a bad moment becomes a good experience',
    },
  ],
  learning: {
    id: 'empowered-staff',
    name: 'Give front-line staff the authority to resolve problems',
    leading: lead('service-training', 'Front-line staff trained in service', '%', 40, 90),
    lagging: lag('staff-engagement', 'Front-line staff engagement', '%', 60, 75),
    initiative: 'Service empowerment training',
    drives: ['customer-knowledge', 'service-recovery'],
    hypothesis:
      'If front-line staff may decide, they resolve problems and use what they know of customers',
  },
  financial: {
    id: 'customer-lifetime-value',
    name: 'Grow lifetime revenue per regular customer',
    leading: lead('repeat-offers', 'Personal offers sent to regular customers', '#', 100, 300),
    lagging: lag('lifetime-value', 'Average customer lifetime value', 'EUR', 900, 1100),
    initiative: 'Personal offers for regular customers',
    drivenBy: 'customer-knowledge',
    hypothesis: 'If we know customers well, they buy more from us over the years',
  },
};
