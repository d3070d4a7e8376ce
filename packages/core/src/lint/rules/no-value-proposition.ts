import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { customerObjectives } from './helpers.ts';

export const id = 'no-value-proposition';
export const severity: Severity = 'warning';
export const category: Category = 'customer';
export const description =
  'A scorecard with customer objectives does not describe its value proposition (discipline and the attributes that deliver it).';

export function check({ scorecard }: RuleContext): RawFinding[] {
  // A cascaded department scorecard inherits the value proposition of the scorecard it serves.
  if (scorecard.objectives.some((o) => o.contributesTo !== null)) return [];
  if (customerObjectives(scorecard).length === 0) return [];
  const vp = scorecard.customer?.valueProposition ?? null;
  if (vp !== null && vp.attributes.length > 0) return [];
  return [
    {
      message:
        vp === null
          ? 'The scorecard has customer objectives but no value proposition.'
          : 'The value proposition links no attribute to an objective.',
      why: 'The value proposition is the core of the strategy: what the organisation offers its targeted customers better than the competition. Without it the customer objectives are a wish list with no choice behind it.',
      suggestion:
        'Add customer.valueProposition with a discipline (e.g. product-leadership, best-total-cost) and attributes linking each value attribute (price, quality, time, service, brand …) to the objective that delivers it.',
    },
  ];
}
