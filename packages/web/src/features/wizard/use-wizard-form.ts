import { useCallback, useEffect, useState } from 'react';
import { EMPTY_FORM, readStoredForm, type WizardForm } from './wizard-form.ts';

export const storageKey = (ws: string) => `bearing:wizard:${ws}`;

/** sessionStorage can throw (privacy modes, quota); the wizard then simply does not persist. */
function load(ws: string): WizardForm {
  try {
    return readStoredForm(sessionStorage.getItem(storageKey(ws)));
  } catch {
    return EMPTY_FORM;
  }
}

export function clearStoredForm(ws: string): void {
  try {
    sessionStorage.removeItem(storageKey(ws));
  } catch {
    // nothing stored, nothing to clear
  }
}

/**
 * The answers so far, kept in sessionStorage per workspace, so a reload (or a look at another
 * page) does not lose them; closing the tab does.
 */
export function useWizardForm(ws: string) {
  const [form, setForm] = useState<WizardForm>(() => load(ws));
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey(ws), JSON.stringify(form));
    } catch {
      // not persisted; the form still works
    }
  }, [ws, form]);
  const update = useCallback(
    (patch: Partial<WizardForm>) => setForm((current) => ({ ...current, ...patch })),
    [],
  );
  const reset = useCallback(() => {
    clearStoredForm(ws);
    setForm(EMPTY_FORM);
  }, [ws]);
  return { form, update, reset };
}
