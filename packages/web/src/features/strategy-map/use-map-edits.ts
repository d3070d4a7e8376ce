/**
 * Every write the map makes, through `useWrite` (notifications, refresh of the workspace).
 * Versioned edits that meet a 409 open the conflict dialog with a retry on the current version;
 * deletes are edit batches of one, and their Undo reverts exactly that batch.
 */
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { updateObjectiveInput } from '@bearing/core';
import { useCallback, useRef, useState } from 'react';
import { request } from '../../api/client.ts';
import { useWrite } from '../../api/mutations.ts';
import { paths } from '../../api/paths.ts';
import { queryKeys } from '../../api/queries.ts';
import type { Link, ObjectiveRecord } from '../../api/types.ts';
import type { Conflict } from '../../components/ConflictDialog.tsx';
import type { CardModel, LinkModel } from './map-model.ts';
import { showUndoNotice } from './undo-notice.tsx';
import { deleteAsBatch } from './undo.ts';

export interface NewObjective {
  readonly id: string;
  readonly name: string;
  readonly perspective: string;
  readonly owner?: string;
}

export interface NewLink {
  readonly from: string;
  readonly to: string;
  readonly hypothesis?: string;
}

export interface PendingConflict {
  readonly conflict: Conflict;
  readonly retry: (currentVersion: number) => void;
}

export function useMapEdits(ws: string, sc: string) {
  const client = useQueryClient();
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  // The edit a 409 answers: set just before each versioned write.
  const lastEdit = useRef<{ mine: Record<string, unknown>; retry: (v: number) => void } | null>(
    null,
  );
  const onConflict = useCallback((current: unknown) => {
    const edit = lastEdit.current;
    if (!edit) return;
    setConflict({
      conflict: { mine: edit.mine, theirs: (current ?? {}) as Record<string, unknown> },
      retry: edit.retry,
    });
  }, []);
  const refresh = useCallback(
    () => void client.invalidateQueries({ queryKey: queryKeys.workspace(ws) }),
    [client, ws],
  );

  const create = useWrite(
    ws,
    (body: NewObjective) =>
      request<ObjectiveRecord>(paths.objectives(ws, sc), { method: 'POST', body }),
    { success: 'Objective added' },
  );
  const patchObjective = useWrite(
    ws,
    (v: { id: string; changes: { name: string }; version: number }) =>
      request<ObjectiveRecord>(paths.objective(ws, sc, v.id), {
        method: 'PATCH',
        body: v.changes,
        version: v.version,
      }),
    { onConflict },
  );
  const removeObjective = useWrite(ws, (card: CardModel) =>
    deleteAsBatch(ws, {
      op: 'delete',
      entity: 'objective',
      scorecard: sc,
      id: card.id,
      version: card.version,
    }),
  );
  const createLink = useWrite(
    ws,
    (body: NewLink) => request<Link>(paths.links(ws, sc), { method: 'POST', body }),
    { success: 'Link added' },
  );
  const patchLink = useWrite(
    ws,
    (v: { link: LinkModel; hypothesis: string | null; version: number }) =>
      request<Link>(paths.link(ws, sc, v.link.from, v.link.to), {
        method: 'PATCH',
        body: { hypothesis: v.hypothesis },
        version: v.version,
      }),
    { onConflict, success: 'Hypothesis saved' },
  );
  const removeLink = useWrite(ws, (link: LinkModel) =>
    deleteAsBatch(ws, {
      op: 'delete',
      entity: 'link',
      scorecard: sc,
      id: `${link.from}->${link.to}`,
      version: link.version,
    }),
  );

  const objectivesKey = [...queryKeys.scorecard(ws, sc), 'objectives'];

  const rename = (card: CardModel, name: string) => {
    const parsed = updateObjectiveInput.safeParse({ name });
    if (!parsed.success || parsed.data.name === undefined) {
      notifications.show({
        color: 'red',
        title: 'Not renamed',
        message: parsed.error?.issues[0]?.message ?? 'expected a name',
      });
      return;
    }
    const next = parsed.data.name;
    if (next === card.name) return;
    // Show the new name at once; the refresh after the write confirms or reverts it.
    client.setQueryData<ObjectiveRecord[]>(objectivesKey, (list) =>
      list?.map((o) => (o.id === card.id ? { ...o, name: next } : o)),
    );
    const send = (version: number) => {
      lastEdit.current = { mine: { name: next }, retry: send };
      patchObjective.mutate({ id: card.id, changes: { name: next }, version });
    };
    send(card.version);
  };

  const deleteObjective = async (card: CardModel): Promise<boolean> => {
    let batch: string;
    try {
      ({ batch } = await removeObjective.mutateAsync(card));
    } catch {
      return false; // useWrite has shown why
    }
    showUndoNotice({
      ws,
      sc,
      entityType: 'objective',
      entityKey: card.id,
      label: card.name,
      batch,
      onRestored: refresh,
    });
    return true;
  };

  const updateHypothesis = (link: LinkModel, hypothesis: string | null) => {
    const send = (version: number) => {
      lastEdit.current = { mine: { hypothesis }, retry: send };
      patchLink.mutate({ link, hypothesis, version });
    };
    send(link.version);
  };

  const deleteLink = async (link: LinkModel, label: string): Promise<boolean> => {
    let batch: string;
    try {
      ({ batch } = await removeLink.mutateAsync(link));
    } catch {
      return false;
    }
    showUndoNotice({
      ws,
      sc,
      entityType: 'link',
      entityKey: link.id,
      label,
      batch,
      onRestored: refresh,
    });
    return true;
  };

  return {
    addObjective: create.mutateAsync,
    adding: create.isPending,
    rename,
    deleteObjective,
    addLink: createLink.mutateAsync,
    linking: createLink.isPending,
    updateHypothesis,
    deleteLink,
    conflict,
    resolveConflict: (keepMine: boolean, currentVersion: number) => {
      const pending = conflict;
      setConflict(null);
      if (keepMine) pending?.retry(currentVersion);
      else refresh();
    },
  };
}

export type MapEdits = ReturnType<typeof useMapEdits>;
