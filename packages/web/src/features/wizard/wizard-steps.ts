import { validateAnswers, type FileIssue } from '@bearing/core';
import { toAnswers, type WizardForm } from './wizard-form.ts';

/** The wizard's steps in order; `fields` are the answer keys each step asks for. */
export const STEPS = [
  {
    id: 'who',
    label: 'Who you serve',
    description: 'Customers and partners',
    fields: ['organization', 'sector', 'partners', 'otherStakeholders'],
  },
  {
    id: 'segments',
    label: 'Segments',
    description: 'And what they value',
    fields: ['segments'],
  },
  {
    id: 'value',
    label: 'Value proposition',
    description: 'How you win',
    fields: ['valueDiscipline'],
  },
  {
    id: 'outcomes',
    label: 'Outcomes',
    description: 'What to measure',
    fields: ['outcomes', 'challenge'],
  },
  { id: 'review', label: 'Review', description: 'And create', fields: [] },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

/** The step index named by the URL's `step`; the first step for a missing or unknown name. */
export function stepIndex(param: string | null): number {
  const i = STEPS.findIndex((s) => s.id === param);
  return i < 0 ? 0 : i;
}

/** Messages by answer path (`organization`, `segments[1].name`, `partners[0]`). */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * Valid stand-ins for the answers other steps ask for, so one step is checked on its own: the
 * schema is checked as a whole, and the segment-name check only runs once the rest is valid.
 */
const FILLER: Readonly<Record<string, unknown>> = {
  organization: 'Organisation',
  valueDiscipline: 'best-total-cost',
  segments: [{ name: 'Segment' }],
};

export function validateStep(index: number, form: WizardForm): FieldErrors {
  const step = STEPS[index];
  if (step === undefined || step.fields.length === 0) return {};
  const answers = toAnswers(form);
  const fields: readonly string[] = step.fields;
  const mine = Object.fromEntries([
    ...Object.entries(FILLER).filter(([key]) => !fields.includes(key)),
    ...Object.entries(answers).filter(([key]) => fields.includes(key)),
  ]);
  const result = validateAnswers(mine);
  return result.ok ? {} : errorsOf(result.issues);
}

/** Every problem of the whole form, by path: what the server would refuse. */
export function validateAll(form: WizardForm): FieldErrors {
  const result = validateAnswers(toAnswers(form));
  return result.ok ? {} : errorsOf(result.issues);
}

/** The first step with a problem, or null when every step is answered well. */
export function firstInvalidStep(form: WizardForm): number | null {
  const i = STEPS.findIndex((_, index) => Object.keys(validateStep(index, form)).length > 0);
  return i < 0 ? null : i;
}

/** The step that asks for the answer at `path` (e.g. `segments[0].name` → segments). */
export function stepOfPath(path: string): number {
  const root = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
  const i = STEPS.findIndex((s) => (s.fields as readonly string[]).includes(root));
  return i < 0 ? 0 : i;
}

export function errorsOf(
  issues: readonly Pick<FileIssue, 'code' | 'path' | 'message'>[],
): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    errors[issue.path] ??= friendlyMessage(issue);
  }
  return errors;
}

/** The first message for a field or anything under it (`partners` covers `partners[2]`). */
export function errorUnder(errors: FieldErrors, path: string): string | undefined {
  return Object.entries(errors).find(([p]) => p === path || p.startsWith(`${path}[`))?.[1];
}

/**
 * The answers file's messages speak of keys ("missing required field"); a form speaks of what to
 * do. Known cases get a plain sentence; anything else keeps the schema's message.
 */
export function friendlyMessage(issue: Pick<FileIssue, 'code' | 'path' | 'message'>): string {
  const { code, path, message } = issue;
  const empty = code === 'REQUIRED' || /non-empty|at least one/.test(message);
  if (path === 'organization' && empty) return 'Enter the name of your organisation.';
  if (path === 'valueDiscipline' && code === 'REQUIRED')
    return 'Choose how you win your customers: one of the six value propositions.';
  if (path === 'segments' && empty) return 'Add at least one customer segment you want to win.';
  if (/^segments\[\d+\]\.name$/.test(path)) {
    if (code === 'DUPLICATE_ID') return 'Another segment has the same name: make the names differ.';
    if (empty || /letters or digits/.test(message)) return 'Give this segment a name.';
  }
  if (path === 'outcomes' && empty) return 'Choose at least one outcome to measure.';
  // The form sends only text, so "expected a name" on a text can only be the length limit.
  if (message.startsWith('expected a name (text), got text'))
    return 'Keep this to 300 characters or fewer.';
  return message;
}
