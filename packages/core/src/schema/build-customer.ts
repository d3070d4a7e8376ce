import {
  STAKEHOLDER_KINDS,
  VALUE_ATTRIBUTES,
  VALUE_DISCIPLINES,
  type CustomerModel,
  type Segment,
  type Stakeholder,
  type ValueAttribute,
  type ValueProposition,
} from '../model/customer.ts';
import { objectiveId } from '../model/ids.ts';
import { buildChallenges } from './build-challenges.ts';
import type { BuildContext } from './build-kpi.ts';
import { IdScope } from './id-scope.ts';
import type { PathSegments } from './issue-collector.ts';
import { bool, isObject, objectsOf, oneOf, str, trimmed, type RawObject } from './raw.ts';

/** The scorecard's customer section, with the scopes objectives and KPIs resolve against. */
export interface BuiltCustomer {
  readonly model: CustomerModel | null;
  readonly stakeholders: IdScope;
  readonly segments: IdScope;
}

export function buildCustomer(
  raw: unknown,
  path: PathSegments,
  objectives: IdScope,
  ctx: BuildContext,
): BuiltCustomer {
  const stakeholderScope = new IdScope('stakeholder', ctx.issues);
  const segmentScope = new IdScope('segment', ctx.issues);
  if (!isObject(raw))
    return { model: null, stakeholders: stakeholderScope, segments: segmentScope };
  const stakeholders: Stakeholder[] = objectsOf(raw['stakeholders']).flatMap((item, i) =>
    isObject(item)
      ? [
          {
            id: stakeholderScope.claim(item, [...path, 'stakeholders', i]),
            name: trimmed(item, 'name') ?? '',
            kind: oneOf(item, 'kind', STAKEHOLDER_KINDS, 'customer'),
            needs: strings(item['needs']),
          },
        ]
      : [],
  );
  const segments: Segment[] = objectsOf(raw['segments']).flatMap((item, i) =>
    isObject(item)
      ? [
          {
            id: segmentScope.claim(item, [...path, 'segments', i]),
            name: trimmed(item, 'name') ?? '',
            description: str(item, 'description'),
            values: strings(item['values']).filter(isValueAttribute),
            targeted: bool(item, 'targeted') ?? true,
          },
        ]
      : [],
  );
  const valueProposition = isObject(raw['valueProposition'])
    ? buildValueProposition(raw['valueProposition'], [...path, 'valueProposition'], objectives, ctx)
    : null;
  return {
    model: {
      stakeholders,
      segments,
      valueProposition,
      challenges: buildChallenges(raw['challenges'], [...path, 'challenges'], objectives, ctx),
    },
    stakeholders: stakeholderScope,
    segments: segmentScope,
  };
}

function buildValueProposition(
  raw: RawObject,
  path: PathSegments,
  objectives: IdScope,
  ctx: BuildContext,
): ValueProposition {
  const attributes = objectsOf(raw['attributes']).flatMap((item, i) => {
    if (!isObject(item)) return [];
    const attribute = str(item, 'attribute');
    const objective = str(item, 'objective');
    if (attribute === null || objective === null || !isValueAttribute(attribute)) return [];
    if (!objectives.has(objective)) {
      ctx.issues.add(
        'BROKEN_REFERENCE',
        [...path, 'attributes', i, 'objective'],
        `no objective "${objective}" in this scorecard to deliver "${attribute}"`,
        objectives.suggest(objective),
      );
      return [];
    }
    return [{ attribute, objective: objectiveId(objective) }];
  });
  const discipline = str(raw, 'discipline');
  return {
    discipline:
      discipline !== null && (VALUE_DISCIPLINES as readonly string[]).includes(discipline)
        ? (discipline as ValueProposition['discipline'])
        : null,
    attributes,
  };
}

/** Reports a stakeholder or segment reference that the customer section does not define. */
export function checkCustomerReference(
  scope: IdScope,
  kind: 'stakeholder' | 'segment',
  id: string | null,
  path: PathSegments,
  ctx: BuildContext,
): string | null {
  if (id === null) return null;
  if (scope.has(id)) return id;
  ctx.issues.add(
    'BROKEN_REFERENCE',
    path,
    `no ${kind} "${id}" in this scorecard's customer section`,
    scope.suggest(id) ?? `define it under customer.${kind}s`,
  );
  return null;
}

function strings(value: unknown): string[] {
  return objectsOf(value).filter((v): v is string => typeof v === 'string');
}

function isValueAttribute(value: string): value is ValueAttribute {
  return (VALUE_ATTRIBUTES as readonly string[]).includes(value);
}
