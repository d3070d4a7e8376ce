import type { Rule } from '../types.ts';
import * as customerObjectiveIsAction from './customer-objective-is-action.ts';
import * as customerObjectiveWithoutStakeholder from './customer-objective-without-stakeholder.ts';
import * as formulaInputWithoutData from './formula-input-without-data.ts';
import * as hypothesisContradicted from './hypothesis-contradicted.ts';
import * as hypothesisLagDiffers from './hypothesis-lag-differs.ts';
import * as kpiWithoutOwner from './kpi-without-owner.ts';
import * as kpiWithoutTarget from './kpi-without-target.ts';
import * as linkCycle from './link-cycle.ts';
import * as linkWithoutHypothesis from './link-without-hypothesis.ts';
import * as missingLaggingKpi from './missing-lagging-kpi.ts';
import * as missingLeadingKpi from './missing-leading-kpi.ts';
import * as noStakeholders from './no-stakeholders.ts';
import * as noTargetedSegment from './no-targeted-segment.ts';
import * as noValueProposition from './no-value-proposition.ts';
import * as objectiveWithoutInitiative from './objective-without-initiative.ts';
import * as objectiveWithoutKpi from './objective-without-kpi.ts';
import * as outcomeAsObjective from './outcome-as-objective.ts';
import * as overdueKpi from './overdue-kpi.ts';
import * as partnersMissing from './partners-missing.ts';
import * as perceptionObjective from './perception-objective.ts';
import * as perspectiveEmpty from './perspective-empty.ts';
import * as segmentWithoutOutcomeMeasures from './segment-without-outcome-measures.ts';
import * as stakeholderWithoutObjective from './stakeholder-without-objective.ts';
import * as tooManyObjectives from './too-many-objectives.ts';
import * as unlinkedObjective from './unlinked-objective.ts';
import * as vagueObjective from './vague-objective.ts';
import * as valueNotDelivered from './value-not-delivered.ts';

/** Every rule, in report order (by category, then roughly by importance). */
export const RULES: readonly Rule[] = [
  customerObjectiveIsAction,
  outcomeAsObjective,
  vagueObjective,
  perceptionObjective,
  objectiveWithoutKpi,
  missingLeadingKpi,
  missingLaggingKpi,
  kpiWithoutTarget,
  kpiWithoutOwner,
  overdueKpi,
  formulaInputWithoutData,
  unlinkedObjective,
  linkCycle,
  linkWithoutHypothesis,
  hypothesisContradicted,
  hypothesisLagDiffers,
  perspectiveEmpty,
  noValueProposition,
  noStakeholders,
  noTargetedSegment,
  partnersMissing,
  stakeholderWithoutObjective,
  segmentWithoutOutcomeMeasures,
  valueNotDelivered,
  customerObjectiveWithoutStakeholder,
  objectiveWithoutInitiative,
  tooManyObjectives,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
