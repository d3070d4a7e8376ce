import { Box, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useScorecards } from '../../api/queries.ts';
import { useWorkspaceKey } from '../../app/url-state.ts';
import { DuplicateScorecardModal } from '../templates/DuplicateScorecardModal.tsx';
import { StartOver } from './StartOver.tsx';
import { OutcomesStep } from './steps/OutcomesStep.tsx';
import { ReviewStep } from './steps/ReviewStep.tsx';
import { SegmentsStep } from './steps/SegmentsStep.tsx';
import type { StepProps } from './steps/step-props.ts';
import { ValueStep } from './steps/ValueStep.tsx';
import { WhoStep } from './steps/WhoStep.tsx';
import { useCreateFromWizard } from './use-create-from-wizard.ts';
import { WizardFooter } from './WizardFooter.tsx';
import { clearStoredForm, useWizardForm } from './use-wizard-form.ts';
import { useWizardStep } from './use-wizard-step.ts';
import { EMPTY_FORM, toAnswers, type WizardForm } from './wizard-form.ts';
import {
  STEPS,
  firstInvalidStep,
  stepOfPath,
  validateStep,
  type FieldErrors,
} from './wizard-steps.ts';

const REVIEW = STEPS.length - 1;
const FORM_STEPS = [WhoStep, SegmentsStep, ValueStep, OutcomesStep] as const;

/** /w/:ws/wizard — from a few answers to a whole first strategy map (docs/customer.md). */
export function WizardPage() {
  const ws = useWorkspaceKey();
  const { form, update, reset } = useWizardForm(ws);
  const [step, go] = useWizardStep();
  const [shown, setShown] = useState<ReadonlySet<number>>(new Set());
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const content = useRef<HTMLDivElement>(null);
  const taken = (useScorecards(ws).data ?? []).map((s) => s.id);
  const answers = useMemo(() => toAnswers(form), [form]);
  const reachable = firstInvalidStep(form) ?? REVIEW;

  // A shared link or a reload past an unanswered step lands on the first step that needs one.
  useEffect(() => {
    if (step > reachable) go(reachable, true);
  }, [step, reachable, go]);

  // After a refused "Next", put the cursor in the first field that needs attention.
  useEffect(() => {
    if (attempt === 0) return;
    content.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const show = useCallback((index: number) => setShown((s) => new Set(s).add(index)), []);
  const edit = useCallback(
    (patch: Partial<WizardForm>) => {
      setServerErrors({});
      update(patch);
    },
    [update],
  );
  const creating = useCreateFromWizard(ws, {
    // Only the stored copy goes: emptying the form here would send the page back to step one
    // while it navigates to the new map.
    onCreated: () => clearStoredForm(ws),
    onInvalid: (errors) => {
      setServerErrors(errors);
      const target = stepOfPath(Object.keys(errors)[0] ?? '');
      show(target);
      go(target);
    },
  });

  const errors: FieldErrors = shown.has(step)
    ? { ...validateStep(step, form), ...serverErrors }
    : serverErrors;

  const next = () => {
    if (Object.keys(validateStep(step, form)).length > 0) {
      show(step);
      setAttempt((n) => n + 1);
      return;
    }
    go(step + 1);
    window.scrollTo({ top: 0 });
  };
  const back = () => {
    go(step - 1);
    window.scrollTo({ top: 0 });
  };
  const create = () => void creating.create(answers, form.organization.trim());

  const StepForm = FORM_STEPS[step as 0 | 1 | 2 | 3] as
    ((props: StepProps) => React.JSX.Element) | undefined;

  return (
    <Stack gap="lg" maw={1320}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2}>Strategy Map Wizard</Title>
          <Text c="dimmed" size="sm">
            A few answers about your customers, and Bearing drafts a whole, balanced strategy map —
            in about six minutes. Nothing is saved until you press Create.
          </Text>
        </div>
        {form !== EMPTY_FORM && (
          <StartOver
            onConfirm={() => {
              reset();
              setShown(new Set());
              setServerErrors({});
              go(0);
            }}
          />
        )}
      </Group>
      <Stepper
        active={step}
        onStepClick={(i) => {
          if (i <= reachable) go(i);
        }}
        size="sm"
      >
        {STEPS.map((s, i) => (
          <Stepper.Step
            key={s.id}
            label={s.label}
            description={s.description}
            allowStepSelect={i <= reachable && i !== step}
          />
        ))}
      </Stepper>
      <Box ref={content}>
        {StepForm ? (
          <StepForm form={form} update={edit} errors={errors} />
        ) : (
          <ReviewStep form={form} answers={answers} ws={ws} taken={taken} onEdit={go} />
        )}
      </Box>
      <WizardFooter
        step={step}
        onBack={back}
        onNext={next}
        onCreate={create}
        creating={creating.busy}
      />
      <DuplicateScorecardModal
        info={creating.duplicate}
        onClose={creating.closeDuplicate}
        place={creating.placeDuplicate}
      />
    </Stack>
  );
}
