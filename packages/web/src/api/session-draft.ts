/**
 * Form input kept in sessionStorage, so a sign-in in the middle of typing (an expired session)
 * loses nothing: the form comes back with what was typed. Cleared once the form is saved.
 */
import { useCallback, useState } from 'react';

const PREFIX = 'bearing.draft.';

export function readDraft(key: string): unknown {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the draft is a convenience, the form still works.
  }
}

export function clearDraft(key: string): void {
  sessionStorage.removeItem(PREFIX + key);
}

/**
 * Like useState, but the value survives a reload or a trip to the sign-in page. The key is read
 * once: give the form a React `key` when it changes.
 */
export function useSessionDraft<T>(
  key: string,
  initial: T,
): readonly [T, (value: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => (readDraft(key) as T | undefined) ?? initial);
  const update = useCallback(
    (next: T) => {
      setValue(next);
      writeDraft(key, next);
    },
    [key],
  );
  const clear = useCallback(() => {
    clearDraft(key);
  }, [key]);
  return [value, update, clear] as const;
}
