import type { ReactNode } from 'react';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { AddObjectiveDialog, type AddObjectiveTarget } from './AddObjectiveDialog.tsx';
import { LinkDialog, type LinkDialogState } from './LinkDialog.tsx';
import type { MapEdits } from './use-map-edits.ts';

/** The map's dialogs: a new objective, a link's hypothesis, and a stale edit's conflict. */
export function MapDialogs({
  adding,
  linkDialog,
  linkEvidence,
  takenIds,
  nameOf,
  edits,
  onAdded,
  onCloseAdd,
  onCloseLink,
}: {
  adding: AddObjectiveTarget | null;
  linkDialog: LinkDialogState | null;
  linkEvidence?: ReactNode;
  takenIds: readonly string[];
  nameOf: (id: string) => string;
  edits: MapEdits;
  onAdded: (id: string) => void;
  onCloseAdd: () => void;
  onCloseLink: () => void;
}) {
  return (
    <>
      <AddObjectiveDialog
        target={adding}
        takenIds={takenIds}
        onSubmit={async (objective) => {
          await edits.addObjective(objective);
          onAdded(objective.id);
        }}
        onClose={onCloseAdd}
      />
      <LinkDialog
        state={linkDialog}
        evidence={linkEvidence}
        nameOf={nameOf}
        onCreate={edits.addLink}
        onUpdate={edits.updateHypothesis}
        onDelete={(link) =>
          void edits.deleteLink(link, `${nameOf(link.from)} → ${nameOf(link.to)}`)
        }
        onClose={onCloseLink}
      />
      <ConflictDialog
        conflict={edits.conflict?.conflict ?? null}
        onKeepMine={(version) => edits.resolveConflict(true, version)}
        onUseTheirs={() => edits.resolveConflict(false, 0)}
      />
    </>
  );
}
