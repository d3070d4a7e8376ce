/**
 * One row of the value grid: its draft texts, their check against the shared value schema, the
 * PUT and DELETE, and the conflict when someone else wrote the same period meanwhile.
 */
import { useRef, useState } from 'react';
import { request } from '../../api/client.ts';
import { useWrite } from '../../api/mutations.ts';
import { paths } from '../../api/paths.ts';
import type { StoredValue } from '../../api/types.ts';
import type { Conflict } from '../../components/ConflictDialog.tsx';
import { apiFieldErrors } from '../../components/forms/field-errors.ts';
import { cellText, checkDraft, isDirty, type ValueBody } from './value-grid.ts';

export interface RowErrors {
  readonly value?: string;
  readonly comment?: string;
}

export function useValueRow(
  address: { ws: string; sc: string; kpi: string; period: string },
  stored: StoredValue | null,
) {
  const { ws, sc, kpi, period } = address;
  const [base, setBase] = useState(stored);
  const [valueText, setValueText] = useState(cellText(stored?.value));
  const [commentText, setCommentText] = useState(stored?.comment ?? '');
  const [errors, setErrors] = useState<RowErrors>({});
  const [conflict, setConflict] = useState<(Conflict & { body: ValueBody }) | null>(null);
  const dirty = isDirty(valueText, commentText, base);

  // The stored value changed (our save came back, or someone else's): follow it unless editing.
  if (stored !== base && (stored?.version ?? 0) !== (base?.version ?? 0) && !dirty) {
    setBase(stored);
    setValueText(cellText(stored?.value));
    setCommentText(stored?.comment ?? '');
  }

  const adopt = (next: StoredValue | null) => {
    setBase(next);
    setValueText(cellText(next?.value));
    setCommentText(next?.comment ?? '');
    setErrors({});
  };

  const url = paths.kpiValue(ws, sc, kpi, period);
  // The body in flight: a 409 hands back only the server's copy, the dialog needs ours too.
  const pending = useRef<ValueBody | null>(null);
  const put = useWrite<ValueBody, StoredValue>(
    ws,
    (body) => request<StoredValue>(url, { method: 'PUT', body }),
    {
      onConflict: (current) => {
        const body = pending.current;
        if (!body) return;
        const theirs = (current ?? {}) as Record<string, unknown>;
        setConflict({ mine: { value: body.value, comment: body.comment }, theirs, body });
      },
    },
  );
  const remove = useWrite<number | undefined, undefined>(ws, (version) =>
    request<undefined>(url, { method: 'DELETE', ...(version === undefined ? {} : { version }) }),
  );

  const send = (body: ValueBody) => {
    pending.current = body;
    put.mutate(body, {
      onSuccess: adopt,
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return {
    valueText,
    commentText,
    errors,
    dirty,
    conflict,
    saving: put.isPending,
    deleting: remove.isPending,
    setValueText: (text: string) => {
      setValueText(text);
      if (errors.value) setErrors({ ...errors, value: undefined });
    },
    setCommentText: (text: string) => {
      setCommentText(text);
      if (errors.comment) setErrors({ ...errors, comment: undefined });
    },
    /** Checks the draft; sends it only when valid and changed. Returns whether it was sent. */
    save: (): boolean => {
      if (!dirty) return false;
      const check = checkDraft(valueText, commentText, base);
      if (!check.ok) {
        setErrors(check.errors);
        return false;
      }
      setErrors({});
      send(check.body);
      return true;
    },
    revert: () => adopt(base),
    remove: () =>
      remove.mutate(base?.version, {
        onSuccess: () => adopt(null),
      }),
    overwrite: (currentVersion: number) => {
      if (!conflict) return;
      setConflict(null);
      // No `version` in their copy: the value was deleted meanwhile, so it must be new again.
      const version = Number.isFinite(currentVersion) ? currentVersion : 0;
      send({ ...conflict.body, version });
    },
    keepTheirs: () => {
      if (!conflict) return;
      const theirs = conflict.theirs as Partial<StoredValue>;
      adopt(typeof theirs.version === 'number' ? (theirs as StoredValue) : null);
      setConflict(null);
    },
  };
}

export type ValueRowState = ReturnType<typeof useValueRow>;
