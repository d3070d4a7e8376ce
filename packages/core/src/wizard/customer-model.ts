import type { SectorKnowledge } from '../customer/sectors/types.ts';
import type { DisciplineKnowledge } from '../customer/types.ts';
import type { Challenge, CustomerModel, Segment, Stakeholder } from '../model/customer.ts';
import { objectiveId } from '../model/ids.ts';
import type { WizardAnswers } from './answers.schema.ts';
import type { StakeholderPlan } from './stakeholder-plan.ts';

/**
 * The scorecard's customer section: the served group, each partner group and each other
 * stakeholder with their needs in their words, the segments, the value proposition (each
 * attribute delivered by a discipline objective) and the challenge with the discipline's likely
 * cause as its first hypothesis.
 */
export function customerModel(
  answers: WizardAnswers,
  sector: SectorKnowledge,
  discipline: DisciplineKnowledge,
  segments: readonly Segment[],
  plan: StakeholderPlan,
): CustomerModel {
  const stakeholders: Stakeholder[] = [
    {
      id: sector.customers.id,
      name: sector.customers.name,
      kind: 'customer',
      needs: discipline.customerObjectives.map((o) => o.need),
    },
    ...plan.partners.map((g): Stakeholder => ({
      id: g.id,
      name: g.name,
      kind: 'partner',
      needs: g.role.objectives.map((o) => o.need),
    })),
    ...plan.others.map((o): Stakeholder => ({
      id: o.id,
      name: o.name,
      kind: 'other',
      needs: [o.objective.need],
    })),
  ];
  const challenge = answers.challenge?.trim() ?? '';
  const challenges: Challenge[] =
    challenge === ''
      ? []
      : [
          {
            id: 'challenge',
            name: challenge.slice(0, 300),
            description: null,
            hypotheses: [
              {
                statement: discipline.hypothesis,
                objectives: discipline.customerObjectives.map((o) => objectiveId(o.id)),
              },
            ],
          },
        ];
  return {
    stakeholders,
    segments,
    valueProposition: {
      discipline: discipline.id,
      attributes: discipline.customerObjectives.map((o) => ({
        attribute: o.attribute,
        objective: objectiveId(o.id),
      })),
    },
    challenges,
  };
}
