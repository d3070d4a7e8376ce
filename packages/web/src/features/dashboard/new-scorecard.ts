/**
 * The "New scorecard" form: an id (defaulting to the slug of the name, as in the strategy file)
 * and a name, checked with the API's own create schema; the body brings the four classic
 * perspectives so the new scorecard opens with its lanes.
 */
import { createScorecardInput, DEFAULT_PERSPECTIVES, slugify } from '@bearing/core';
import { isApiError } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';

export interface NewScorecardForm {
  readonly id: string;
  readonly name: string;
}

export interface NewScorecardBody {
  readonly id: string;
  readonly name: string;
  readonly perspectives: readonly { readonly id: string; readonly name: string }[];
}

export type FieldErrors = Partial<Record<keyof NewScorecardForm | 'form', string>>;

/** The id the form proposes: the slug of the name, until the user types an id of their own. */
export function suggestedId(name: string): string {
  return slugify(name);
}

export function buildNewScorecard(
  form: NewScorecardForm,
): { ok: true; body: NewScorecardBody } | { ok: false; errors: FieldErrors } {
  const body = {
    id: form.id.trim(),
    name: form.name.trim(),
    perspectives: DEFAULT_PERSPECTIVES.map((p) => ({ id: p.id, name: p.name })),
  };
  const parsed = createScorecardInput.safeParse(body);
  if (parsed.success) return { ok: true, body };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'id' || field === 'name') && errors[field] === undefined) {
      errors[field] =
        body[field] === '' ? `Enter ${field === 'id' ? 'an id' : 'a name'}` : issue.message;
    }
  }
  if (Object.keys(errors).length === 0)
    errors.form = parsed.error.issues[0]?.message ?? 'Not valid';
  return { ok: false, errors };
}

/** A refused create, put next to the field its path names (`body.id` for a taken id). */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!isApiError(error)) return { form: describeError(error) };
  if (error.path === 'body.id') return { id: error.message };
  if (error.path === 'body.name') return { name: error.message };
  return { form: describeError(error) };
}
