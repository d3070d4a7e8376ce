/**
 * Every lint rule id, as a plain list with no dependencies, so the strategy-file schema can
 * check `lint:` sections without loading the linter (and its NLP library). A test keeps it equal
 * to the rule registry.
 */
export const RULE_IDS = [
  'customer-objective-is-action',
  'outcome-as-objective',
  'vague-objective',
  'perception-objective',
  'objective-without-kpi',
  'missing-leading-kpi',
  'missing-lagging-kpi',
  'kpi-without-target',
  'kpi-without-owner',
  'overdue-kpi',
  'formula-input-without-data',
  'unlinked-objective',
  'link-cycle',
  'link-without-hypothesis',
  'hypothesis-contradicted',
  'hypothesis-lag-differs',
  'perspective-empty',
  'no-value-proposition',
  'no-stakeholders',
  'no-targeted-segment',
  'partners-missing',
  'stakeholder-without-objective',
  'segment-without-outcome-measures',
  'value-not-delivered',
  'customer-objective-without-stakeholder',
  'objective-without-initiative',
  'too-many-objectives',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}
