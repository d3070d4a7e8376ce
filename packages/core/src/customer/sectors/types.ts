import type { CustomerOutcome, ValueDiscipline } from '../../model/customer.ts';
import type { OutcomeKnowledge } from '../outcomes.ts';
import type { RoleId } from '../roles/role-ids.ts';
import type { DisciplineKnowledge, KpiIdea } from '../types.ts';
import type { SectorId } from './sector-ids.ts';

/**
 * What a sector changes in the knowledge base: the words for the people it serves, its top
 * financial objective, what partners are to it, its outcome measures, and per value discipline
 * the customer objectives, processes, learning and financial lever written in its vocabulary.
 * Pure data, one file per sector, so the wording is reviewed where it is written.
 */
export interface SectorKnowledge {
  readonly id: SectorId;
  /** As a consultant would say it: "health care". */
  readonly title: string;
  /** The kinds of organisation it covers, for the sector list. */
  readonly covers: string;
  /** Words in a free-text sector answer that mean this sector ("hospice", "town"). */
  readonly aliases: readonly string[];
  readonly customers: CustomerWords;
  readonly perspectives: PerspectiveNames;
  readonly customerUmbrella: CustomerUmbrellaIdea;
  readonly goal: GoalIdea;
  readonly partners: PartnerWords;
  /** Examples for the "other stakeholders" question. */
  readonly otherExamples: readonly string[];
  /** Roles recognised in stakeholder names, in the order they are tried. */
  readonly roles: readonly RoleId[];
  readonly outcomes: Readonly<Record<CustomerOutcome, OutcomeKnowledge>>;
  readonly disciplines: Readonly<Record<ValueDiscipline, SectorDiscipline>>;
}

/** A discipline's content in a sector's words; id, title and family come from the discipline. */
export type SectorDiscipline = Omit<DisciplineKnowledge, 'id' | 'title' | 'family'>;

/** The served group: stakeholder id and name ("patients", "Patients"), and in a sentence. */
export interface CustomerWords {
  readonly id: string;
  readonly name: string;
  /** Lower case, for sentences and questions: "patients". */
  readonly plural: string;
  /** Examples of targeted segments, for the segments question. */
  readonly segmentExamples: readonly string[];
}

export interface PerspectiveNames {
  readonly financial: string;
  readonly customer: string;
  readonly internal: string;
  readonly learning: string;
}

/** The umbrella over the discipline's customer objectives, and its leading KPI of focus. */
export interface CustomerUmbrellaIdea {
  readonly id: string;
  readonly name: string;
  readonly focus: KpiIdea;
}

/**
 * The top financial objective: revenue for a business, secure funding for a hospice, the budget
 * for a town. The customer umbrella links to it with `hypothesis`.
 */
export interface GoalIdea {
  readonly id: string;
  readonly name: string;
  readonly leading: KpiIdea;
  readonly lagging: KpiIdea;
  readonly initiative: string;
  readonly hypothesis: string;
}

/** What partners are in the sector: the umbrella over their objectives and the default role. */
export interface PartnerWords {
  readonly umbrella: PartnerUmbrellaIdea;
  /** The role of a partner whose name says nothing the roles recognise. */
  readonly defaultRole: RoleId;
  /** Examples for the partners question. */
  readonly examples: readonly string[];
}

export interface PartnerUmbrellaIdea {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly leading: KpiIdea;
  readonly lagging: KpiIdea;
  /** "If … then …" from the umbrella to the sector's goal. */
  readonly hypothesis: string;
}
