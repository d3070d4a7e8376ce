import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { STEPS, stepIndex } from './wizard-steps.ts';

/**
 * The current step lives in the URL (`?step=segments`). Moving on pushes a history entry, so the
 * browser's Back button goes back one step, as people expect of a wizard.
 */
export function useWizardStep(): readonly [number, (index: number, replace?: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const index = stepIndex(params.get('step'));
  const go = useCallback(
    (next: number, replace = false) => {
      const step = STEPS[next];
      if (step === undefined) return;
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          copy.set('step', step.id);
          return copy;
        },
        { replace },
      );
    },
    [setParams],
  );
  return [index, go] as const;
}
