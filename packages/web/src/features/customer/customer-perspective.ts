import type { ObjectiveLike } from './scorecard-shape.ts';

/**
 * The customer perspective by id or name, as the linter finds it: organisations rename it
 * ("Clients", "Citizens", "Patients, Families and Physicians", "Stakeholders").
 */
const CUSTOMER_PERSPECTIVE =
  /customer|client|citizen|patient|stakeholder|member|market|partner|donor|student|user|guest|resident/i;

export function isCustomerPerspective(p: { id: string; name: string }): boolean {
  return (
    p.id === 'customer' || CUSTOMER_PERSPECTIVE.test(p.id) || CUSTOMER_PERSPECTIVE.test(p.name)
  );
}

/** The objectives of the scorecard's customer perspective(s), sub-objectives included. */
export function customerObjectives<T extends ObjectiveLike>(
  perspectives: readonly { id: string; name: string }[],
  objectives: readonly T[],
): T[] {
  const ids = new Set(perspectives.filter(isCustomerPerspective).map((p) => p.id));
  return objectives.filter((o) => ids.has(o.perspective));
}
