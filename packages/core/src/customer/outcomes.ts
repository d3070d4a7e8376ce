import { CUSTOMER_OUTCOMES, type CustomerOutcome } from '../model/customer.ts';

/**
 * The six core customer outcome measures. They are results (lagging, measured per segment), never
 * objectives: an objective states the need whose satisfaction moves them.
 */
export interface OutcomeKnowledge {
  readonly id: CustomerOutcome;
  readonly title: string;
  readonly definition: string;
  readonly unit: string;
  /** Lower is better for a cost (a sector's "cost of care per patient"). */
  readonly optimization: 'maximize' | 'minimize';
  /** Placeholder scale for a generated KPI. */
  readonly baseline: number;
  readonly target: number;
}

export const OUTCOMES: Readonly<Record<CustomerOutcome, OutcomeKnowledge>> = {
  acquisition: {
    id: 'acquisition',
    title: 'Customer acquisition',
    definition:
      'New customers won in the segment in the period (count, or growth in revenue from them).',
    unit: '#',
    optimization: 'maximize',
    baseline: 100,
    target: 130,
  },
  satisfaction: {
    id: 'satisfaction',
    title: 'Customer satisfaction',
    definition: 'Share of surveyed customers in the segment who are satisfied with what they got.',
    unit: '%',
    optimization: 'maximize',
    baseline: 72,
    target: 85,
  },
  retention: {
    id: 'retention',
    title: 'Customer retention',
    definition:
      'Share of the segment’s customers at the start of the period who still buy at its end.',
    unit: '%',
    optimization: 'maximize',
    baseline: 70,
    target: 80,
  },
  profitability: {
    id: 'profitability',
    title: 'Customer profitability',
    definition: 'Profit per customer in the segment after the costs of serving them.',
    unit: 'EUR',
    optimization: 'maximize',
    baseline: 120,
    target: 150,
  },
  'market-share': {
    id: 'market-share',
    title: 'Market share',
    definition:
      'Our share of the segment’s total purchases in the market (customers, units or value).',
    unit: '%',
    optimization: 'maximize',
    baseline: 10,
    target: 13,
  },
  'account-share': {
    id: 'account-share',
    title: 'Account share',
    definition: 'Our share of each customer’s spend in the category (share of wallet).',
    unit: '%',
    optimization: 'maximize',
    baseline: 25,
    target: 35,
  },
};

/** What the wizard measures when the answers name no outcomes. */
export const DEFAULT_OUTCOMES: readonly CustomerOutcome[] = [
  'retention',
  'satisfaction',
  'acquisition',
];

export interface OutcomeLink {
  readonly from: CustomerOutcome;
  readonly to: CustomerOutcome;
  readonly hypothesis: string;
}

/**
 * The default hypothesis chain: satisfaction drives retention and acquisition, which drive the
 * shares and profitability. Each link is a bet to test against the segment's data.
 */
export const OUTCOME_CHAIN: readonly OutcomeLink[] = [
  {
    from: 'satisfaction',
    to: 'retention',
    hypothesis: 'If customers get what they need, more of them stay',
  },
  {
    from: 'satisfaction',
    to: 'acquisition',
    hypothesis: 'If customers are satisfied, they recommend us and new customers follow',
  },
  {
    from: 'retention',
    to: 'account-share',
    hypothesis: 'If customers stay longer, they buy more of the category from us',
  },
  {
    from: 'retention',
    to: 'profitability',
    hypothesis: 'If customers stay, each costs less to serve and earns more over time',
  },
  {
    from: 'acquisition',
    to: 'market-share',
    hypothesis: 'If we win new customers faster than competitors, our market share grows',
  },
  {
    from: 'retention',
    to: 'market-share',
    hypothesis: 'If fewer customers leave, the share we win is not lost again',
  },
];

export function outcomeKnowledge(id: CustomerOutcome): OutcomeKnowledge {
  return OUTCOMES[id];
}

/** The outcomes the chain says `id` drives (directly). */
export function outcomesDrivenBy(id: CustomerOutcome): readonly CustomerOutcome[] {
  return OUTCOME_CHAIN.filter((l) => l.from === id).map((l) => l.to);
}

/** Outcomes in the order of `CUSTOMER_OUTCOMES`, deduplicated. */
export function orderedOutcomes(ids: readonly CustomerOutcome[]): CustomerOutcome[] {
  return CUSTOMER_OUTCOMES.filter((o) => ids.includes(o));
}
