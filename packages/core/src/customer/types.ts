import type { ValueAttribute, ValueDiscipline } from '../model/customer.ts';
import type { Indicator } from '../model/strategy.ts';

/**
 * The shapes of the customer knowledge base. Baselines and targets are placeholders that make a
 * generated KPI scoreable at once; the wizard marks them so the user knows to set real ones.
 */
export interface KpiIdea {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly indicator: Indicator;
  readonly optimization: 'maximize' | 'minimize';
  readonly baseline: number;
  readonly target: number;
}

/** A need stated from the customer's (or partner's) side, never as our plan. */
export interface CustomerObjectiveIdea {
  readonly id: string;
  readonly name: string;
  readonly attribute: ValueAttribute;
  /** The need in the customer's own words, for the stakeholder's `needs`. */
  readonly need: string;
  readonly leading: KpiIdea;
  readonly lagging: KpiIdea;
  /** A first initiative to deliver it (a placeholder the user refines). */
  readonly initiative: string;
}

/** An objective of the internal or learning perspective that delivers customer objectives. */
export interface CapabilityIdea {
  readonly id: string;
  readonly name: string;
  readonly leading: KpiIdea;
  readonly lagging: KpiIdea;
  readonly initiative: string;
  /** Ids of the objectives it drives (customer ideas for processes, processes for learning). */
  readonly drives: readonly string[];
  /** "If … then …" for the links it starts. */
  readonly hypothesis: string;
}

export interface DisciplineKnowledge {
  readonly id: ValueDiscipline;
  readonly title: string;
  /** Where the discipline comes from. */
  readonly family: 'Kaplan & Norton' | 'Treacy & Wiersema';
  /** What customers get from it, in one plain sentence. */
  readonly customersGet: string;
  readonly examples: readonly string[];
  /** A likely cause to test when customers do not come back, for a challenge's hypothesis. */
  readonly hypothesis: string;
  readonly customerObjectives: readonly CustomerObjectiveIdea[];
  readonly processes: readonly CapabilityIdea[];
  readonly learning: CapabilityIdea;
  /** The financial objective the discipline mainly serves beside revenue growth. */
  readonly financial: FinancialIdea;
}

/** A financial objective and the internal process whose improvement shows up in it. */
export interface FinancialIdea {
  readonly id: string;
  readonly name: string;
  readonly leading: KpiIdea;
  readonly lagging: KpiIdea;
  readonly initiative: string;
  readonly drivenBy: string;
  readonly hypothesis: string;
}
