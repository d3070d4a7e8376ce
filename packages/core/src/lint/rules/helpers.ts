import type { Objective, Perspective, Scorecard } from '../../model/strategy.ts';
import { analyseWording, type WordingAnalysis } from '../wording/index.ts';

/**
 * The customer perspective by id or by name: organisations rename it ("Clients", "Citizens",
 * "Stakeholders" for public bodies and non-profits).
 */
const CUSTOMER_PERSPECTIVE =
  /customer|client|citizen|patient|stakeholder|member|market|partner|donor|student|user|guest/i;

export function isCustomerPerspective(p: Perspective): boolean {
  return (
    p.id === 'customer' || CUSTOMER_PERSPECTIVE.test(p.id) || CUSTOMER_PERSPECTIVE.test(p.name)
  );
}

export function customerObjectives(scorecard: Scorecard): Objective[] {
  const ids = new Set(scorecard.perspectives.filter(isCustomerPerspective).map((p) => p.id));
  return scorecard.objectives.filter((o) => ids.has(o.perspective));
}

export function wordingOf(objective: Objective): WordingAnalysis {
  return analyseWording(objective.name);
}

export const quote = (text: string) => `"${text}"`;
