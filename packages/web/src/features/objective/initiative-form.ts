/**
 * Initiatives on the objective page: form values ↔ `createInitiativeInput` /
 * `updateInitiativeInput`. Progress is a fraction in the file (0..1) and a percent on screen.
 */
import { createInitiativeInput, updateInitiativeInput } from '@bearing/core';
import type { InitiativeRecord } from '../../api/types.ts';
import {
  issuesToFieldErrors,
  numberOrNull,
  numberToInput,
  textOrNull,
  type FieldErrors,
} from '../../components/forms/field-errors.ts';
import { changedFields, withoutNulls } from '../../components/forms/patch.ts';

export interface InitiativeValues {
  readonly name: string;
  readonly description: string;
  readonly owner: string;
  readonly status: string;
  /** Percent, 0–100. */
  readonly progress: number | string;
  readonly start: string;
  readonly due: string;
  readonly budget: number | string;
  readonly spent: number | string;
}

export const EMPTY_INITIATIVE: InitiativeValues = {
  name: '',
  description: '',
  owner: '',
  status: 'not-started',
  progress: '',
  start: '',
  due: '',
  budget: '',
  spent: '',
};

export function initiativeToValues(i: InitiativeRecord): InitiativeValues {
  return {
    name: i.name,
    description: i.description ?? '',
    owner: i.owner ?? '',
    status: i.status,
    progress: i.progress === null ? '' : Math.round(i.progress * 1e6) / 1e4,
    start: i.start ?? '',
    due: i.due ?? '',
    budget: numberToInput(i.budget),
    spent: numberToInput(i.spent),
  };
}

export function initiativeValuesToInput(v: InitiativeValues): Record<string, unknown> {
  const progress = numberOrNull(v.progress);
  return {
    name: v.name,
    description: textOrNull(v.description),
    owner: textOrNull(v.owner),
    status: v.status,
    progress: progress === null ? null : Math.round(progress * 1e4) / 1e6,
    start: textOrNull(v.start),
    due: textOrNull(v.due),
    budget: numberOrNull(v.budget),
    spent: numberOrNull(v.spent),
  };
}

export function initiativePatch(
  base: InitiativeValues,
  draft: InitiativeValues,
): Record<string, unknown> {
  return changedFields(initiativeValuesToInput(base), initiativeValuesToInput(draft));
}

export function newInitiativeInput(
  objective: string,
  v: InitiativeValues,
): Record<string, unknown> {
  return withoutNulls({ objective, ...initiativeValuesToInput(v) });
}

/** Progress is entered in percent; the schema's message speaks of 0 and 1. */
function inPercent(errors: FieldErrors): FieldErrors {
  const progress = errors['progress'];
  return progress === undefined
    ? errors
    : { ...errors, progress: `${progress} (that is 0–100 % here)` };
}

export function validateInitiativePatch(patch: Record<string, unknown>): FieldErrors {
  const result = updateInitiativeInput.safeParse(patch);
  return result.success ? {} : inPercent(issuesToFieldErrors(result.error.issues));
}

export function validateNewInitiative(input: Record<string, unknown>): FieldErrors {
  const result = createInitiativeInput.safeParse(input);
  return result.success ? {} : inPercent(issuesToFieldErrors(result.error.issues));
}
