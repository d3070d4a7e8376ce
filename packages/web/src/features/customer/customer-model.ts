import {
  CUSTOMER_OUTCOMES,
  STAKEHOLDER_KINDS,
  VALUE_ATTRIBUTES,
  VALUE_DISCIPLINES,
  objectiveId,
  slugify,
  type Challenge,
  type CustomerModel,
  type CustomerOutcome,
  type Segment,
  type Stakeholder,
  type ValueAttribute,
  type ValueProposition,
} from '@bearing/core';

/**
 * The scorecard detail carries `customer` as the server's customer model, typed `unknown` on the
 * wire. This reads it defensively (defaults as in the strategy file: kind customer, targeted
 * true, id from the name), so a partial or older section still renders instead of crashing.
 */
export function asCustomerModel(raw: unknown): CustomerModel | null {
  if (!isRecord(raw)) return null;
  return {
    stakeholders: records(raw['stakeholders']).map(stakeholder),
    segments: records(raw['segments']).map(segment),
    valueProposition: valueProposition(raw['valueProposition']),
    challenges: records(raw['challenges']).map(challenge),
  };
}

/** True when the section says nothing at all: no one, no segment, no proposition. */
export function isEmptyCustomer(model: CustomerModel | null): boolean {
  return (
    model === null ||
    (model.stakeholders.length === 0 &&
      model.segments.length === 0 &&
      (model.valueProposition === null ||
        (model.valueProposition.discipline === null &&
          model.valueProposition.attributes.length === 0)))
  );
}

export function isOutcome(value: unknown): value is CustomerOutcome {
  return (CUSTOMER_OUTCOMES as readonly unknown[]).includes(value);
}

function stakeholder(r: Record<string, unknown>): Stakeholder {
  const name = text(r['name']) ?? text(r['id']) ?? '';
  const kind = oneOf(r['kind'], STAKEHOLDER_KINDS) ?? 'customer';
  return { id: text(r['id']) ?? slugify(name), name, kind, needs: texts(r['needs']) };
}

function segment(r: Record<string, unknown>): Segment {
  const name = text(r['name']) ?? text(r['id']) ?? '';
  return {
    id: text(r['id']) ?? slugify(name),
    name,
    description: text(r['description']),
    values: texts(r['values']).filter((v): v is ValueAttribute =>
      (VALUE_ATTRIBUTES as readonly string[]).includes(v),
    ),
    targeted: r['targeted'] !== false,
  };
}

function valueProposition(raw: unknown): ValueProposition | null {
  if (!isRecord(raw)) return null;
  return {
    discipline: oneOf(raw['discipline'], VALUE_DISCIPLINES),
    attributes: records(raw['attributes']).flatMap((a) => {
      const attribute = oneOf(a['attribute'], VALUE_ATTRIBUTES);
      const objective = text(a['objective']);
      return attribute !== null && objective !== null
        ? [{ attribute, objective: objectiveId(objective) }]
        : [];
    }),
  };
}

function challenge(r: Record<string, unknown>, i: number): Challenge {
  return {
    id: text(r['id']) ?? `challenge-${String(i + 1)}`,
    name: text(r['name']) ?? '',
    description: text(r['description']),
    hypotheses: records(r['hypotheses']).map((h) => ({
      statement: text(h['statement']) ?? '',
      objectives: texts(h['objectives']).map(objectiveId),
    })),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : null;
}
