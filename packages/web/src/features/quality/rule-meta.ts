/**
 * Display names of the lint rules and their categories (docs/linting.md). Keyed by core's RuleId
 * so the compiler flags a rule added in core and missing here. The linter itself is not imported:
 * it brings an NLP library the browser does not need.
 */
import type { RuleId } from '@bearing/core';
import type { CATEGORIES } from './lint-report.ts';

type Category = (typeof CATEGORIES)[number];

export const RULE_META: Readonly<Record<RuleId, { title: string; category: Category }>> = {
  'customer-objective-is-action': {
    title: 'Customer objective is our action',
    category: 'wording',
  },
  'outcome-as-objective': { title: 'Outcome written as an objective', category: 'wording' },
  'vague-objective': { title: 'Vague objective', category: 'wording' },
  'perception-objective': { title: 'Perception instead of substance', category: 'wording' },
  'objective-without-kpi': { title: 'Objective without a KPI', category: 'measurement' },
  'missing-leading-kpi': { title: 'No leading KPI', category: 'measurement' },
  'missing-lagging-kpi': { title: 'No lagging KPI', category: 'measurement' },
  'kpi-without-target': { title: 'KPI without a target', category: 'measurement' },
  'kpi-without-owner': { title: 'KPI without an owner', category: 'measurement' },
  'overdue-kpi': { title: 'KPI values overdue', category: 'measurement' },
  'formula-input-without-data': {
    title: 'Calculated KPI reads a KPI without data',
    category: 'measurement',
  },
  'unlinked-objective': { title: 'Objective not linked to results', category: 'cause-effect' },
  'link-cycle': { title: 'Cause-effect loop', category: 'cause-effect' },
  'link-without-hypothesis': { title: 'Link without a hypothesis', category: 'cause-effect' },
  'hypothesis-contradicted': {
    title: 'Hypothesis contradicted by the data',
    category: 'cause-effect',
  },
  'hypothesis-lag-differs': {
    title: 'Observed lag differs from the stated one',
    category: 'cause-effect',
  },
  'perspective-empty': { title: 'Empty perspective', category: 'cause-effect' },
  'partners-missing': { title: 'Partner without an objective', category: 'customer' },
  'no-value-proposition': { title: 'No value proposition', category: 'customer' },
  'segment-without-outcome-measures': {
    title: 'Segment without outcome measures',
    category: 'customer',
  },
  'no-stakeholders': { title: 'No stakeholders', category: 'customer' },
  'no-targeted-segment': { title: 'No targeted segment', category: 'customer' },
  'stakeholder-without-objective': {
    title: 'Customer group without an objective',
    category: 'customer',
  },
  'value-not-delivered': { title: 'Valued attribute not delivered', category: 'customer' },
  'customer-objective-without-stakeholder': {
    title: 'Customer objective without a stakeholder',
    category: 'customer',
  },
  'objective-without-initiative': {
    title: 'Objective without an initiative',
    category: 'execution',
  },
  'too-many-objectives': { title: 'Too many objectives', category: 'execution' },
};

export const CATEGORY_LABEL: Readonly<Record<Category, string>> = {
  wording: 'Wording',
  measurement: 'Measurement',
  'cause-effect': 'Cause and effect',
  customer: 'Customer',
  execution: 'Execution',
};

function isKnownRule(id: string): id is RuleId {
  return Object.hasOwn(RULE_META, id);
}

/** "missing-leading-kpi" → "No leading KPI"; an id this build does not know is humanised. */
export function ruleTitle(id: string): string {
  if (isKnownRule(id)) return RULE_META[id].title;
  const words = id.replace(/-/g, ' ').replace(/\bkpi\b/g, 'KPI');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function ruleCategory(id: string): string | null {
  return isKnownRule(id) ? RULE_META[id].category : null;
}

export function categoryLabel(category: string): string {
  return Object.hasOwn(CATEGORY_LABEL, category)
    ? CATEGORY_LABEL[category as Category]
    : ruleTitle(category);
}
