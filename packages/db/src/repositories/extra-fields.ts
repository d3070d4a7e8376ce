import {
  CUSTOMER_OUTCOMES,
  type Initiative,
  type Kpi,
  type Link,
  type Objective,
  type Perspective,
} from '@bearing/core';
import { CorruptRowError } from '../errors.ts';
import type { ScorecardFields } from '../records.ts';

/**
 * `extra_json` holds the model fields that have no column of their own yet (customer model, lint
 * suppressions, link evidence, …). Only the keys listed here may be stored there, and reading
 * checks each one, so a corrupt or hand-edited row fails with the table, row and field instead of
 * leaking unknown keys into domain objects.
 */

/** Keys with a column of their own (or children stored elsewhere, or record-only keys), per entity. */
interface Mapped {
  scorecard:
    | 'id'
    | 'name'
    | 'description'
    | 'owner'
    | 'thresholds'
    | 'perspectives'
    | 'objectives'
    | 'links'
    | 'version';
  perspective: 'id' | 'name' | 'weight' | 'version';
  objective:
    | 'id'
    | 'name'
    | 'perspective'
    | 'weight'
    | 'rollup'
    | 'owner'
    | 'description'
    | 'parent'
    | 'contributesTo'
    | 'kpis'
    | 'initiatives'
    | 'links'
    | 'version';
  link: 'from' | 'to' | 'hypothesis' | 'lag' | 'version';
  kpi:
    | 'id'
    | 'name'
    | 'description'
    | 'unit'
    | 'indicator'
    | 'optimization'
    | 'baseline'
    | 'target'
    | 'targets'
    | 'min'
    | 'max'
    | 'weight'
    | 'frequency'
    | 'aggregation'
    | 'carryForward'
    | 'thresholds'
    | 'allowNegative'
    | 'owner'
    | 'formula'
    | 'values'
    | 'objective'
    | 'version';
  initiative:
    | 'id'
    | 'name'
    | 'owner'
    | 'description'
    | 'start'
    | 'due'
    | 'budget'
    | 'spent'
    | 'progress'
    | 'status'
    | 'objective'
    | 'version';
}

/** What a stored value must be, as a message fragment; `check` says whether it is. */
interface FieldRule {
  readonly expected: string;
  readonly check: (value: unknown) => boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOnly = (v: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(v).every((k) => keys.includes(k));
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');

const stringOrNull: FieldRule = {
  expected: 'a string or null',
  check: (v) => v === null || typeof v === 'string',
};

const EXTRA = {
  scorecard: {
    customer: {
      expected: 'null or {stakeholders: [], segments: [], valueProposition, challenges?}',
      check: (v) =>
        v === null ||
        (isObject(v) &&
          hasOnly(v, ['stakeholders', 'segments', 'valueProposition', 'challenges']) &&
          Array.isArray(v.stakeholders) &&
          Array.isArray(v.segments) &&
          (v.valueProposition === null || isObject(v.valueProposition)) &&
          (v.challenges === undefined || Array.isArray(v.challenges))),
    },
  },
  perspective: {},
  objective: {
    stakeholder: stringOrNull,
    segment: stringOrNull,
    lint: {
      expected: 'null or {ignore: [rule ids], reason: string}',
      check: (v) =>
        v === null ||
        (isObject(v) &&
          hasOnly(v, ['ignore', 'reason']) &&
          isStrings(v.ignore) &&
          typeof v.reason === 'string'),
    },
  },
  link: {
    evidence: {
      expected: 'null or {cause: KPI id, effect: KPI id}',
      check: (v) =>
        v === null ||
        (isObject(v) &&
          hasOnly(v, ['cause', 'effect']) &&
          typeof v.cause === 'string' &&
          typeof v.effect === 'string'),
    },
  },
  kpi: {
    segment: stringOrNull,
    outcome: {
      expected: `null or one of ${CUSTOMER_OUTCOMES.join(', ')}`,
      check: (v) => v === null || (CUSTOMER_OUTCOMES as readonly unknown[]).includes(v),
    },
  },
  initiative: {},
} as const satisfies Record<keyof Mapped, Record<string, FieldRule>>;

export type ExtraKind = keyof Mapped;

/** The domain shape each kind of row maps to. */
interface Stored {
  scorecard: ScorecardFields;
  perspective: Perspective;
  objective: Omit<Objective, 'kpis' | 'initiatives'>;
  link: Link;
  kpi: Omit<Kpi, 'values'>;
  initiative: Initiative;
}
type Unstored<K extends ExtraKind> = Exclude<keyof Stored[K], Mapped[K] | keyof (typeof EXTRA)[K]>;

/**
 * Every field of each domain type is either a column or an extra field: a model field added in
 * the core without either fails to compile here (on its kind's table name) rather than being
 * dropped on write.
 */
const TABLES: {
  readonly [K in ExtraKind]: [Unstored<K>] extends [never]
    ? string
    : `add ${Unstored<K> & string} to Mapped or EXTRA`;
} = {
  scorecard: 'scorecards',
  perspective: 'perspectives',
  objective: 'objectives',
  link: 'links',
  kpi: 'kpis',
  initiative: 'initiatives',
};

/** The value's extra fields as JSON, or null when it has none. */
export function extraJson(value: object, kind: ExtraKind): string | null {
  const allowed: Readonly<Record<string, FieldRule>> = EXTRA[kind];
  const extra = Object.entries(value).filter(
    ([k, v]) => Object.hasOwn(allowed, k) && v !== undefined,
  );
  return extra.length === 0 ? null : JSON.stringify(Object.fromEntries(extra));
}

/** Parses and checks a row's `extra_json`; `rowKey` names the row in the error. */
export function extraFields(
  kind: ExtraKind,
  json: string | null,
  rowKey: string,
): Record<string, unknown> {
  if (json === null) return {};
  const fail = (field: string | null, problem: string) =>
    new CorruptRowError(TABLES[kind], rowKey, field, problem);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw fail(null, 'is not valid JSON');
  }
  if (!isObject(parsed)) throw fail(null, 'must be a JSON object');
  const allowed: Readonly<Record<string, FieldRule>> = EXTRA[kind];
  const known = Object.keys(allowed);
  for (const [field, value] of Object.entries(parsed)) {
    const rule = Object.hasOwn(allowed, field) ? allowed[field] : undefined;
    if (rule === undefined)
      throw fail(field, `is not a stored field (allowed: ${known.join(', ') || 'none'})`);
    if (!rule.check(value)) throw fail(field, `must be ${rule.expected}`);
  }
  return parsed;
}
