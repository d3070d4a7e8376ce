import type { WizardForm } from '../wizard-form.ts';
import type { FieldErrors } from '../wizard-steps.ts';

export interface StepProps {
  readonly form: WizardForm;
  readonly update: (patch: Partial<WizardForm>) => void;
  /** Shown only after the user tried to go on, then kept up to date as they fix them. */
  readonly errors: FieldErrors;
}
