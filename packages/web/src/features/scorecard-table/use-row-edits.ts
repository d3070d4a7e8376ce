import { useCallback, useMemo, useRef, useState } from 'react';
import { isApiError, request } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';
import { useWrite } from '../../api/mutations.ts';
import { paths } from '../../api/paths.ts';
import { useKpis, useObjectives, usePerspectives } from '../../api/queries.ts';
import type { KpiRecord } from '../../api/types.ts';
import type { Conflict } from '../../components/ConflictDialog.tsx';
import type { EditableKind, EditBody } from './edit-input.ts';

interface Patch {
  readonly kind: EditableKind;
  readonly id: string;
  readonly body: EditBody;
  readonly version: number;
}

export type SaveOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly message: string }
  | { readonly ok: false; readonly conflict: true };

/**
 * Inline edits of weights and targets: PATCH with the version from the entity lists (If-Match),
 * so an edit made on a stale table gets a 409 and the conflict dialog instead of overwriting.
 * The lists load once per scorecard (three requests for the whole table, none per row).
 */
export function useRowEdits(ws: string, sc: string) {
  const perspectives = usePerspectives(ws, sc).data;
  const objectives = useObjectives(ws, sc).data;
  const kpis = useKpis(ws, sc).data;

  const versions = useMemo(() => {
    const map = new Map<string, number>();
    for (const p of perspectives ?? [])
      if (p.version !== undefined) map.set(`perspective.${p.id}`, p.version);
    for (const o of objectives ?? []) map.set(`objective.${o.id}`, o.version);
    for (const k of kpis ?? []) map.set(`kpi.${k.id}`, k.version);
    return map;
  }, [perspectives, objectives, kpis]);

  const kpiRecords = useMemo(
    () => new Map<string, KpiRecord>((kpis ?? []).map((k) => [k.id, k])),
    [kpis],
  );

  const [conflict, setConflict] = useState<(Conflict & { patch: Patch }) | null>(null);
  const pending = useRef<Patch | null>(null);

  const pathOf = useCallback(
    (kind: EditableKind, id: string) =>
      kind === 'perspective'
        ? paths.perspective(ws, sc, id)
        : kind === 'objective'
          ? paths.objective(ws, sc, id)
          : paths.kpi(ws, sc, id),
    [ws, sc],
  );

  const write = useWrite(
    ws,
    (patch: Patch) =>
      request<unknown>(pathOf(patch.kind, patch.id), {
        method: 'PATCH',
        body: patch.body,
        version: patch.version,
      }),
    {
      onConflict: (current) => {
        const patch = pending.current;
        if (patch === null || typeof current !== 'object' || current === null) return;
        setConflict({ patch, mine: patch.body, theirs: current as Record<string, unknown> });
      },
    },
  );
  const { mutateAsync } = write;

  const canEdit = useCallback(
    (kind: EditableKind, id: string) => versions.has(`${kind}.${id}`),
    [versions],
  );

  /** Saves one cell; the outcome's message goes under the cell (the API names the field). */
  const save = useCallback(
    async (kind: EditableKind, id: string, body: EditBody): Promise<SaveOutcome> => {
      const version = versions.get(`${kind}.${id}`);
      if (version === undefined) return { ok: false, message: 'Still loading; try again' };
      const patch = { kind, id, body, version };
      pending.current = patch;
      try {
        await mutateAsync(patch);
        return { ok: true };
      } catch (error) {
        if (isApiError(error) && error.isConflict) return { ok: false, conflict: true };
        return { ok: false, message: isApiError(error) ? error.message : describeError(error) };
      }
    },
    [versions, mutateAsync],
  );

  const keepMine = useCallback(
    (currentVersion: number) => {
      if (conflict === null) return;
      const patch = { ...conflict.patch, version: currentVersion };
      pending.current = patch;
      setConflict(null);
      // A second conflict reopens the dialog through onConflict; other failures notify.
      mutateAsync(patch).catch(() => undefined);
    },
    [conflict, mutateAsync],
  );

  const keepTheirs = useCallback(() => setConflict(null), []);

  return { canEdit, save, kpiRecords, conflict, keepMine, keepTheirs };
}
