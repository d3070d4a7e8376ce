import {
  CUSTOMER_OUTCOMES,
  DEFAULT_OUTCOMES,
  VALUE_ATTRIBUTES,
  VALUE_DISCIPLINES,
  type CustomerOutcome,
  type ValueAttribute,
  type ValueDiscipline,
  type WizardAnswers,
} from '@bearing/core';

/**
 * The wizard's form state: every field present (empty strings and lists rather than missing
 * keys), so inputs stay controlled. `toAnswers` turns it into the answers file's shape, leaving
 * out what the user left empty, exactly as `bearing wizard` does.
 */
export interface SegmentForm {
  readonly name: string;
  readonly description: string;
  readonly values: readonly ValueAttribute[];
}

export interface WizardForm {
  readonly organization: string;
  readonly sector: string;
  readonly partners: readonly string[];
  readonly otherStakeholders: readonly string[];
  readonly segments: readonly SegmentForm[];
  readonly valueDiscipline: ValueDiscipline | null;
  readonly outcomes: readonly CustomerOutcome[];
  readonly challenge: string;
}

export const EMPTY_SEGMENT: SegmentForm = { name: '', description: '', values: [] };

export const EMPTY_FORM: WizardForm = {
  organization: '',
  sector: '',
  partners: [],
  otherStakeholders: [],
  segments: [EMPTY_SEGMENT],
  valueDiscipline: null,
  outcomes: DEFAULT_OUTCOMES,
  challenge: '',
};

/**
 * The answers to send (and to validate). Blank segments stay in, so an error points at the
 * segment the user sees; an empty outcome list stays in, so "choose at least one" is said
 * rather than silently falling back to the defaults.
 */
export function toAnswers(form: WizardForm): Record<string, unknown> {
  const names = (list: readonly string[]) => list.map((s) => s.trim()).filter((s) => s !== '');
  const partners = names(form.partners);
  const others = names(form.otherStakeholders);
  return {
    organization: form.organization.trim(),
    ...(form.sector.trim() === '' ? {} : { sector: form.sector.trim() }),
    ...(form.valueDiscipline === null ? {} : { valueDiscipline: form.valueDiscipline }),
    segments: form.segments.map((s) => ({
      name: s.name.trim(),
      ...(s.description.trim() === '' ? {} : { description: s.description.trim() }),
      ...(s.values.length === 0 ? {} : { values: [...s.values] }),
    })),
    ...(partners.length === 0 ? {} : { partners }),
    ...(others.length === 0 ? {} : { otherStakeholders: others }),
    ...(form.challenge.trim() === '' ? {} : { challenge: form.challenge.trim() }),
    outcomes: [...form.outcomes],
  };
}

/** Answers (e.g. an answers file) as form state; missing outcomes become the defaults. */
export function fromAnswers(answers: WizardAnswers): WizardForm {
  return {
    organization: answers.organization,
    sector: answers.sector ?? '',
    partners: answers.partners ?? [],
    otherStakeholders: answers.otherStakeholders ?? [],
    segments: answers.segments.map((s) => ({
      name: s.name,
      description: s.description ?? '',
      values: s.values ?? [],
    })),
    valueDiscipline: answers.valueDiscipline,
    outcomes: answers.outcomes ?? DEFAULT_OUTCOMES,
    challenge: answers.challenge ?? '',
  };
}

/**
 * Form state saved in sessionStorage, read back defensively: a stale or hand-edited entry gives
 * back what is usable and the empty form for the rest, never a crash.
 */
export function readStoredForm(text: string | null): WizardForm {
  if (text === null) return EMPTY_FORM;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return EMPTY_FORM;
  }
  if (typeof data !== 'object' || data === null) return EMPTY_FORM;
  const r = data as Record<string, unknown>;
  const segments = Array.isArray(r['segments'])
    ? r['segments'].filter(isRecord).map((s) => ({
        name: str(s['name']),
        description: str(s['description']),
        values: oneOfList(s['values'], VALUE_ATTRIBUTES),
      }))
    : [];
  return {
    organization: str(r['organization']),
    sector: str(r['sector']),
    partners: strList(r['partners']),
    otherStakeholders: strList(r['otherStakeholders']),
    segments: segments.length > 0 ? segments : EMPTY_FORM.segments,
    valueDiscipline: (VALUE_DISCIPLINES as readonly unknown[]).includes(r['valueDiscipline'])
      ? (r['valueDiscipline'] as ValueDiscipline)
      : null,
    outcomes: Array.isArray(r['outcomes'])
      ? oneOfList(r['outcomes'], CUSTOMER_OUTCOMES)
      : EMPTY_FORM.outcomes,
    challenge: str(r['challenge']),
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function strList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function oneOfList<T extends string>(v: unknown, allowed: readonly T[]): T[] {
  return strList(v).filter((x): x is T => (allowed as readonly string[]).includes(x));
}
