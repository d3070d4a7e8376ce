/**
 * The objective form: the record's fields as form values and back in the strategy file's syntax
 * (`contributesTo: acme/quality`). Emptied fields are sent as null, which resets them.
 */
import { updateObjectiveInput } from '@bearing/core';
import type { ObjectiveRecord } from '../../api/types.ts';
import {
  issuesToFieldErrors,
  numberOrNull,
  textOrNull,
  type FieldErrors,
} from '../../components/forms/field-errors.ts';
import { changedFields } from '../../components/forms/patch.ts';

export interface ObjectiveFormValues {
  readonly name: string;
  readonly description: string;
  readonly owner: string;
  readonly perspective: string;
  readonly weight: number | string;
  readonly rollup: string;
  /** '' = no parent (a top-level objective of its perspective). */
  readonly parent: string;
  readonly contributesTo: string;
  readonly stakeholder: string;
  readonly segment: string;
}

/** `contributesTo` as the file writes it; the API may hand it back as a reference object. */
export function contributesToText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const { scorecard, objective } = value as { scorecard?: unknown; objective?: unknown };
    if (typeof scorecard === 'string' && typeof objective === 'string') {
      return `${scorecard}/${objective}`;
    }
  }
  return '';
}

export function objectiveToValues(o: ObjectiveRecord): ObjectiveFormValues {
  return {
    name: o.name,
    description: o.description ?? '',
    owner: o.owner ?? '',
    perspective: o.perspective,
    weight: o.weight,
    rollup: o.rollup,
    parent: o.parent ?? '',
    contributesTo: contributesToText(o.contributesTo),
    stakeholder: o.stakeholder ?? '',
    segment: o.segment ?? '',
  };
}

export function objectiveValuesToInput(v: ObjectiveFormValues): Record<string, unknown> {
  return {
    name: v.name,
    description: textOrNull(v.description),
    owner: textOrNull(v.owner),
    perspective: v.perspective,
    weight: numberOrNull(v.weight),
    rollup: v.rollup,
    parent: textOrNull(v.parent),
    contributesTo: textOrNull(v.contributesTo),
    stakeholder: textOrNull(v.stakeholder),
    segment: textOrNull(v.segment),
  };
}

export function objectivePatch(
  base: ObjectiveFormValues,
  draft: ObjectiveFormValues,
): Record<string, unknown> {
  return changedFields(objectiveValuesToInput(base), objectiveValuesToInput(draft));
}

export function validateObjectivePatch(patch: Record<string, unknown>): FieldErrors {
  const result = updateObjectiveInput.safeParse(patch);
  return result.success ? {} : issuesToFieldErrors(result.error.issues);
}

/** Ids and names from the scorecard's customer section, for the stakeholder/segment pickers. */
export function customerChoices(
  customer: unknown,
  list: 'stakeholders' | 'segments',
): { value: string; label: string }[] {
  if (!customer || typeof customer !== 'object') return [];
  const entries = (customer as Record<string, unknown>)[list];
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return [];
    const { id, name } = entry as { id?: unknown; name?: unknown };
    if (typeof id !== 'string') return [];
    return [{ value: id, label: typeof name === 'string' ? `${name} (${id})` : id }];
  });
}
