import type { ObjectiveId } from './ids.ts';

/**
 * The customer model of a scorecard: who the customers are (buyers, partners, others), which
 * segments the strategy targets and what each values, and the value proposition that wins them.
 * Typed minimally for now: the customer-perspective work extends it; the keys are a contract.
 */
export const STAKEHOLDER_KINDS = ['customer', 'partner', 'other'] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];

export const VALUE_ATTRIBUTES = [
  'price',
  'quality',
  'time',
  'functionality',
  'availability',
  'selection',
  'service',
  'partnership',
  'brand',
] as const;
export type ValueAttribute = (typeof VALUE_ATTRIBUTES)[number];

export const VALUE_DISCIPLINES = [
  'best-total-cost',
  'product-leadership',
  'complete-customer-solutions',
  'system-lock-in',
  'operational-excellence',
  'customer-intimacy',
] as const;
export type ValueDiscipline = (typeof VALUE_DISCIPLINES)[number];

/** Core customer outcome measures (lagging, per segment). */
export const CUSTOMER_OUTCOMES = [
  'acquisition',
  'satisfaction',
  'retention',
  'profitability',
  'market-share',
  'account-share',
] as const;
export type CustomerOutcome = (typeof CUSTOMER_OUTCOMES)[number];

export type StakeholderId = string;
export type SegmentId = string;

export interface Stakeholder {
  readonly id: StakeholderId;
  readonly name: string;
  readonly kind: StakeholderKind;
  /** What they want, in their own words. */
  readonly needs: readonly string[];
}

export interface Segment {
  readonly id: SegmentId;
  readonly name: string;
  readonly description: string | null;
  readonly values: readonly ValueAttribute[];
  readonly targeted: boolean;
}

export interface ValuePropositionAttribute {
  readonly attribute: ValueAttribute;
  /** The objective (of this scorecard) that delivers the attribute. */
  readonly objective: ObjectiveId;
}

export interface ValueProposition {
  readonly discipline: ValueDiscipline | null;
  readonly attributes: readonly ValuePropositionAttribute[];
}

/**
 * A strategy definition step kept with the map: a business challenge ("few customers come back"),
 * the hypotheses about its cause, and for each the objectives (with their measures and
 * initiatives) that address it. The strategy document tells the story from here.
 */
export interface ChallengeHypothesis {
  readonly statement: string;
  readonly objectives: readonly ObjectiveId[];
}

export interface Challenge {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly hypotheses: readonly ChallengeHypothesis[];
}

export interface CustomerModel {
  readonly stakeholders: readonly Stakeholder[];
  readonly segments: readonly Segment[];
  readonly valueProposition: ValueProposition | null;
  /** Optional in the type so hand-built models need not know it; the file builder always sets it. */
  readonly challenges?: readonly Challenge[];
}
