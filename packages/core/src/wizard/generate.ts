import { DEFAULT_OUTCOMES, orderedOutcomes } from '../customer/outcomes.ts';
import { resolveSector } from '../customer/sectors/resolve-sector.ts';
import { sectorDiscipline, sectorKnowledge } from '../customer/sectors/sectors.ts';
import type { SectorKnowledge } from '../customer/sectors/types.ts';
import type {
  CapabilityIdea,
  CustomerObjectiveIdea,
  DisciplineKnowledge,
} from '../customer/types.ts';
import type { Segment } from '../model/customer.ts';
import { scorecardId } from '../model/ids.ts';
import {
  DEFAULT_PERSPECTIVES,
  DEFAULT_THRESHOLDS,
  type Kpi,
  type Objective,
  type Perspective,
  type Strategy,
} from '../model/strategy.ts';
import { slugify } from '../schema/slug.ts';
import type { WizardAnswers } from './answers.schema.ts';
import { customerModel } from './customer-model.ts';
import { strategyLinks } from './links.ts';
import { kpiFrom, objectiveFrom } from './model-builders.ts';
import { OTHERS_UMBRELLA, othersGrouped } from './others-umbrella.ts';
import { planStakeholders } from './stakeholder-plan.ts';
import { customerUmbrellaKpis, financialObjectives } from './top-objectives.ts';

/**
 * Builds a whole, balanced first strategy map from the wizard's answers, in the words of the
 * answers' sector: four perspectives; the sector's goal and the discipline's financial lever;
 * the discipline's customer objectives under the sector's umbrella; with partners, an umbrella
 * over what each partner group needs; an objective for every other stakeholder; the processes
 * and learning that deliver them; outcome KPIs per segment; linked hypotheses; placeholder
 * initiatives and the customer section. Pure and deterministic.
 */
export function generateStrategy(answers: WizardAnswers): Strategy {
  const sector = sectorKnowledge(resolveSector(answers.sector).id);
  const discipline = sectorDiscipline(sector.id, answers.valueDiscipline);
  const segments = answers.segments.map((s): Segment => ({
    id: slugify(s.name),
    name: s.name.trim(),
    description: s.description ?? null,
    values: [...new Set(s.values ?? discipline.customerObjectives.map((o) => o.attribute))],
    targeted: true,
  }));
  const outcomes = orderedOutcomes(answers.outcomes ?? DEFAULT_OUTCOMES);
  const single = segments.length === 1 ? segments[0]?.id : undefined;
  const plan = planStakeholders(
    sector,
    answers.partners ?? [],
    answers.otherStakeholders ?? [],
    new Set(knowledgeIds(sector, discipline)),
  );
  const grouped = othersGrouped(plan);

  const need = (idea: CustomerObjectiveIdea, stakeholder: string, parent?: string) =>
    objectiveFrom({
      id: idea.id,
      name: idea.name,
      perspective: 'customer',
      ...(parent === undefined ? {} : { parent }),
      stakeholder,
      ...(stakeholder === sector.customers.id && single !== undefined ? { segment: single } : {}),
      description: `What they want: “${idea.need}”.`,
      kpis: [kpiFrom(idea.leading), kpiFrom(idea.lagging)],
      initiative: idea.initiative,
    });
  const capability = (idea: CapabilityIdea, perspective: string) =>
    objectiveFrom({
      id: idea.id,
      name: idea.name,
      perspective,
      kpis: [kpiFrom(idea.leading), kpiFrom(idea.lagging)],
      initiative: idea.initiative,
    });
  const umbrella = sector.customerUmbrella;
  const partnerUmbrella = sector.partners.umbrella;

  const objectives: Objective[] = [
    ...financialObjectives(sector, discipline),
    objectiveFrom({
      id: umbrella.id,
      name: umbrella.name,
      perspective: 'customer',
      stakeholder: sector.customers.id,
      description: `Umbrella: ${discipline.customersGet}`,
      kpis: customerUmbrellaKpis(sector, segments, outcomes),
    }),
    ...discipline.customerObjectives.map((o) => need(o, sector.customers.id, umbrella.id)),
  ];
  if (plan.partners.length > 0) {
    objectives.push(
      objectiveFrom({
        id: partnerUmbrella.id,
        name: partnerUmbrella.name,
        perspective: 'customer',
        // One group: the umbrella is theirs; several: it spans them, each served below it.
        ...(plan.partners.length === 1 ? { stakeholder: plan.partners[0]?.id ?? '' } : {}),
        description: partnerUmbrella.description,
        kpis: [kpiFrom(partnerUmbrella.leading), kpiFrom(partnerUmbrella.lagging)],
      }),
      ...plan.partners.flatMap((group) =>
        group.role.objectives.map((o) => need(o, group.id, partnerUmbrella.id)),
      ),
    );
  }
  if (grouped) {
    objectives.push(
      objectiveFrom({
        id: OTHERS_UMBRELLA.id,
        name: OTHERS_UMBRELLA.name,
        perspective: 'customer',
        description: OTHERS_UMBRELLA.description,
        kpis: [kpiFrom(OTHERS_UMBRELLA.leading), kpiFrom(OTHERS_UMBRELLA.lagging)],
      }),
    );
  }
  objectives.push(
    ...plan.others.map((o) => need(o.objective, o.id, grouped ? OTHERS_UMBRELLA.id : undefined)),
  );
  const processes = [...discipline.processes, ...plan.partnerProcesses];
  objectives.push(
    ...processes.map((p) => capability(p, 'internal')),
    capability(discipline.learning, 'learning'),
  );

  return {
    version: 1,
    organization: answers.organization.trim(),
    lint: null,
    scorecards: [
      {
        id: scorecardId(slugify(answers.organization) || 'strategy'),
        name: `${answers.organization.trim()} strategy scorecard`,
        description: describe(answers, sector, discipline),
        owner: null,
        thresholds: DEFAULT_THRESHOLDS,
        perspectives: perspectivesOf(sector),
        objectives: uniqueKpiIds(objectives),
        links: strategyLinks(sector, discipline, processes, plan, grouped),
        customer: customerModel(answers, sector, discipline, segments, plan),
      },
    ],
  };
}

/** Ids the knowledge base puts on the map before the stakeholders' objectives are chosen. */
function knowledgeIds(sector: SectorKnowledge, discipline: DisciplineKnowledge): string[] {
  return [
    sector.goal.id,
    sector.customerUmbrella.id,
    sector.partners.umbrella.id,
    OTHERS_UMBRELLA.id,
    discipline.financial.id,
    discipline.learning.id,
    ...discipline.customerObjectives.map((o) => o.id),
    ...discipline.processes.map((p) => p.id),
  ];
}

function perspectivesOf(sector: SectorKnowledge): Perspective[] {
  return DEFAULT_PERSPECTIVES.map((p) => ({
    ...p,
    name: sector.perspectives[p.id as keyof SectorKnowledge['perspectives']],
  }));
}

function describe(
  answers: WizardAnswers,
  sector: SectorKnowledge,
  discipline: DisciplineKnowledge,
): string {
  const given = answers.sector?.trim() ?? '';
  const read = resolveSector(given);
  const where =
    read.match === 'empty'
      ? ''
      : read.match === 'exact'
        ? ` (${sector.title})`
        : ` (${given}, read as ${sector.title})`;
  return (
    `Generated by the Bearing Strategy Map Wizard${where}: ${discipline.title} strategy. ` +
    'KPI baselines and targets marked PLACEHOLDER are examples: set your own.'
  );
}

/** KPI ids are unique per scorecard; a segment named like a knowledge-base KPI gets a suffix. */
function uniqueKpiIds(objectives: readonly Objective[]): Objective[] {
  const seen = new Set<string>();
  return objectives.map((o) => ({
    ...o,
    kpis: o.kpis.map((k): Kpi => {
      let id: string = k.id;
      for (let n = 2; seen.has(id); n++) id = `${k.id}-${n}`;
      seen.add(id);
      return id === k.id ? k : { ...k, id: id as Kpi['id'] };
    }),
  }));
}
