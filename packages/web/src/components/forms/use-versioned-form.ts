/**
 * A form over one versioned entity: a draft of its fields, a patch of only what changed, zod
 * validation before sending, the API's field errors after, and the 409 conflict flow (the patch
 * is kept, so "Overwrite with mine" re-sends it on the current version).
 */
import { useRef, useState } from 'react';
import { useWrite } from '../../api/mutations.ts';
import type { Conflict } from '../ConflictDialog.tsx';
import { apiFieldErrors, type FieldErrors } from './field-errors.ts';

export interface VersionedFormConfig<R extends { version: number }, V, P extends object> {
  readonly ws: string;
  /** The entity as last read from the server. Key the form by the entity's id. */
  readonly record: R;
  readonly toValues: (record: R) => V;
  /** Only the fields that differ between the record's values and the draft. */
  readonly toPatch: (base: V, draft: V) => P;
  /** The shared zod schema's verdict on the patch: field → message; empty when valid. */
  readonly validate: (patch: P) => FieldErrors;
  readonly write: (patch: P, version: number) => Promise<R>;
  readonly success?: string;
  /** Moves API field errors to the field the user edits (e.g. id → name). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Called with the saved record after a successful write. */
  readonly onSaved?: (record: R) => void;
}

export interface VersionedForm<V> {
  readonly values: V;
  readonly setField: <K extends keyof V>(key: K, value: V[K]) => void;
  readonly dirty: boolean;
  readonly errors: FieldErrors;
  readonly saving: boolean;
  readonly save: () => void;
  readonly reset: () => void;
  readonly conflict: Conflict | null;
  readonly overwrite: (currentVersion: number) => void;
  readonly keepTheirs: () => void;
}

interface Pending<P> {
  readonly patch: P;
  readonly version: number;
}

export function useVersionedForm<R extends { version: number }, V, P extends object>(
  config: VersionedFormConfig<R, V, P>,
): VersionedForm<V> {
  const { record, toValues, toPatch } = config;
  const [base, setBase] = useState(record);
  const [values, setValues] = useState(() => toValues(record));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<(Conflict & { patch: P }) | null>(null);
  const dirty = Object.keys(toPatch(toValues(base), values)).length > 0;

  // A newer version arrived (someone saved, or our own save came back) and nothing is being
  // edited: show it. A draft in progress is kept; saving it will meet the conflict dialog.
  if (record.version !== base.version && !dirty && conflict === null) {
    setBase(record);
    setValues(toValues(record));
  }

  const adopt = (next: R) => {
    setBase(next);
    setValues(toValues(next));
    setErrors({});
  };

  // The patch in flight: a 409 hands back only the server's copy, the dialog needs ours too.
  const pending = useRef<P | null>(null);
  const mutation = useWrite<Pending<P>, R>(config.ws, (p) => config.write(p.patch, p.version), {
    ...(config.success === undefined ? {} : { success: config.success }),
    onConflict: (current) => {
      const patch = pending.current;
      if (patch === null) return;
      const theirs = (current ?? {}) as Record<string, unknown>;
      setConflict({ mine: patch as Record<string, unknown>, theirs, patch });
    },
  });

  const send = (patch: P, version: number) => {
    pending.current = patch;
    mutation.mutate(
      { patch, version },
      {
        onSuccess: (saved) => {
          adopt(saved);
          config.onSaved?.(saved);
        },
        onError: (error) => setErrors(apiFieldErrors(error, config.aliases)),
      },
    );
  };

  return {
    values,
    setField: (key, value) => {
      setValues((current) => ({ ...current, [key]: value }));
      if (errors[key as string] !== undefined) {
        setErrors(Object.fromEntries(Object.entries(errors).filter(([k]) => k !== key)));
      }
    },
    dirty,
    errors,
    saving: mutation.isPending,
    save: () => {
      const patch = toPatch(toValues(base), values);
      const problems = config.validate(patch);
      setErrors(problems);
      if (Object.keys(problems).length > 0 || Object.keys(patch).length === 0) return;
      send(patch, base.version);
    },
    reset: () => adopt(base),
    conflict,
    overwrite: (currentVersion) => {
      if (!conflict) return;
      setConflict(null);
      send(conflict.patch, currentVersion);
    },
    keepTheirs: () => {
      if (conflict) adopt(conflict.theirs as R);
      setConflict(null);
    },
  };
}
