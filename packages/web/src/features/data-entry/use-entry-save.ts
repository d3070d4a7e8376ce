import { useCallback, useState } from 'react';
import { request } from '../../api/client.ts';
import { useWrite } from '../../api/mutations.ts';
import { paths } from '../../api/paths.ts';
import { draftKey, saveErrors, type BulkEntry, type SaveErrors } from './entry-draft.ts';

interface BulkResult {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

const NO_ERRORS: SaveErrors = { byKey: new Map(), general: null };

/**
 * "Save all": every changed cell in one `PUT …/values`, one transaction, so a refused value
 * leaves nothing half-saved, and re-sending after a network error is harmless (the write is
 * idempotent). useWrite refreshes the scores afterwards, so the statuses update.
 */
export function useEntrySave(ws: string, sc: string) {
  const [errors, setErrors] = useState<SaveErrors>(NO_ERRORS);
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<BulkResult | null>(null);
  const write = useWrite(ws, (entries: readonly BulkEntry[]) =>
    request<BulkResult>(paths.values(ws, sc), { method: 'PUT', body: { values: entries } }),
  );
  const { mutateAsync, isPending } = write;

  const save = useCallback(
    async (entries: readonly BulkEntry[]) => {
      if (entries.length === 0) return;
      try {
        const answer = await mutateAsync(entries);
        setErrors(NO_ERRORS);
        setSaved(new Set(entries.map(draftKey)));
        setResult(answer);
      } catch (error) {
        setErrors(saveErrors(error, entries));
        setResult(null);
      }
    },
    [mutateAsync],
  );

  /** A cell edited after a failed save: its old server error no longer applies. */
  const forget = useCallback((key: string) => {
    setErrors((current) => {
      if (!current.byKey.has(key)) return current;
      const byKey = new Map(current.byKey);
      byKey.delete(key);
      return { byKey, general: current.general };
    });
  }, []);

  return { save, saving: isPending, errors, saved, result, forget };
}
