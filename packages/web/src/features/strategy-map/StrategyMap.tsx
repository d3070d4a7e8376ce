import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { describeError } from '../../api/describe-error.ts';
import type { InitiativeRecord, ScorecardScore } from '../../api/types.ts';
import { useLintMarkers } from '../quality/index.ts';
import { useMapEvidence } from '../evidence/use-map-evidence.ts';
import { EvidenceLegend } from '../evidence/EvidenceLegend.tsx';
import { LinkEvidenceSection } from '../evidence/LinkEvidenceSection.tsx';
import type { AddObjectiveTarget } from './AddObjectiveDialog.tsx';
import { exportStrategyMap } from './export-map.ts';
import type { Point, SavedPositions } from './layout/types.ts';
import type { LinkDialogState } from './LinkDialog.tsx';
import { MapDialogs } from './MapDialogs.tsx';
import { MapActionsContext, type MapActions } from './map-actions.ts';
import { useSavePositions } from './map-api.ts';
import { objectiveScores, statusCounts, type LinkModel, type MapModel } from './map-model.ts';
import { MapCanvas } from './MapCanvas.tsx';
import { MapToolbar } from './MapToolbar.tsx';
import { ObjectivePanel } from './ObjectivePanel.tsx';
import { QualityAside } from './QualityAside.tsx';
import { useMapEdits } from './use-map-edits.ts';
import { useMapLayout } from './use-map-layout.ts';
import { useMapUrl } from './use-map-url.ts';
import { useStableCallback } from './use-stable-callback.ts';
import { useViewport } from './use-viewport.ts';

export interface StrategyMapProps {
  readonly ws: string;
  readonly sc: string;
  readonly period: string | null;
  readonly scorecardName: string;
  readonly model: MapModel;
  readonly scores: ScorecardScore | undefined;
  readonly saved: SavedPositions;
  readonly initiatives: readonly InitiativeRecord[];
}

/** The map with its toolbar, side panels and dialogs; state in the URL where it can be. */
export function StrategyMap(props: StrategyMapProps) {
  const { ws, sc, period, model, saved } = props;
  const url = useMapUrl();
  const { selected, panel, update } = url;
  const { layout, pending } = useMapLayout(model, saved);
  const markers = useLintMarkers(ws, sc, period);
  const edits = useMapEdits(ws, sc);
  const savePositions = useSavePositions(ws, sc);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState<AddObjectiveTarget | null>(null);
  const [newLink, setNewLink] = useState<LinkDialogState | null>(null);
  const evidence = useMapEvidence(ws, sc, period);
  // An opened link is in the URL (`link=from->to`), so the Evidence view can open one here.
  const openedLink = evidence.openLink ? model.links.find((l) => l.id === evidence.openLink) : null;
  const linkDialog: LinkDialogState | null =
    newLink ?? (openedLink ? { mode: 'edit', link: openedLink } : null);
  const openedEvidence = openedLink ? evidence.byLink.get(openedLink.id) : undefined;

  const cardById = useMemo(() => new Map(model.cards.map((c) => [c.id, c])), [model.cards]);
  const laneName = useMemo(() => new Map(model.lanes.map((l) => [l.id, l.name])), [model.lanes]);
  const nameOf = useCallback((id: string) => cardById.get(id)?.name ?? id, [cardById]);
  const selectedCard = selected ? cardById.get(selected) : undefined;

  const select = useCallback(
    (id: string | null, open?: boolean) =>
      update(
        id === null
          ? { selected: null, ...(panel === 'details' ? { panel: null } : {}) }
          : { selected: id, ...(open ? { panel: 'details' as const } : {}) },
      ),
    [update, panel],
  );

  const viewport = useViewport(layout);
  const { centre } = viewport;

  // One context value for the map's lifetime: every card reads it, so a new value would
  // re-render all of them; the handlers behind it are refreshed after each render instead.
  const handlers = useRef<MapActions | null>(null);
  useLayoutEffect(() => {
    handlers.current = {
      startRename: setEditing,
      cancelRename: () => setEditing(null),
      commitRename: (id, name) => {
        setEditing(null);
        const card = cardById.get(id);
        if (card) edits.rename(card, name);
      },
      addObjective: (laneId) => setAdding({ laneId, laneName: laneName.get(laneId) ?? laneId }),
    };
  }, [cardById, edits, laneName]);
  const [actions] = useState<MapActions>(() => ({
    startRename: (id) => handlers.current?.startRename(id),
    cancelRename: () => handlers.current?.cancelRename(),
    commitRename: (id, name) => handlers.current?.commitRename(id, name),
    addObjective: (laneId) => handlers.current?.addObjective(laneId),
  }));

  const onMove = useCallback(
    (id: string, position: Point) => {
      savePositions({ [id]: position }).catch((error: unknown) =>
        notifications.show({
          color: 'red',
          title: 'Position not saved',
          message: describeError(error),
        }),
      );
    },
    [savePositions],
  );

  const onConnect = useCallback(
    (from: string, to: string) => {
      if (from === to) return;
      if (model.links.some((l) => l.from === from && l.to === to)) {
        notifications.show({ message: `${nameOf(from)} already leads to ${nameOf(to)}.` });
        return;
      }
      setNewLink({ mode: 'create', from, to });
    },
    [model.links, nameOf],
  );
  const { setOpenLink } = evidence;
  const onEditLink = useCallback((link: LinkModel) => setOpenLink(link.id), [setOpenLink]);

  const deleteObjective = useCallback(
    (id: string) => {
      const card = cardById.get(id);
      if (!card) return;
      void edits.deleteObjective(card).then((deleted) => {
        if (deleted) select(null);
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cardById, select],
  );

  const relayout = useStableCallback(() => {
    const cleared = Object.fromEntries(Object.keys(saved).map((id) => [id, null]));
    savePositions(cleared)
      .then(() => requestAnimationFrame(() => viewport.fit()))
      .catch((error: unknown) =>
        notifications.show({
          color: 'red',
          title: 'Not re-laid out',
          message: describeError(error),
        }),
      );
  });

  const exportMap = useStableCallback((kind: 'svg' | 'png') => {
    if (!layout) return;
    const subtitle = props.scores ? `Strategy map · ${props.scores.period}` : 'Strategy map';
    exportStrategyMap(kind, sc, { title: props.scorecardName, subtitle, layout, ...model }).catch(
      (error: unknown) =>
        notifications.show({ color: 'red', title: 'Not exported', message: describeError(error) }),
    );
  });

  const selectAndCentre = useStableCallback((id: string) => {
    update({ selected: id });
    centre(id);
  });

  const toggleQuality = useStableCallback(() =>
    update({ panel: panel === 'quality' ? null : 'quality' }),
  );

  const scoreById = useMemo(() => objectiveScores(props.scores), [props.scores]);
  const counts = useMemo(() => statusCounts(model.cards), [model.cards]);

  return (
    <MapActionsContext.Provider value={actions}>
      <Stack gap="sm" style={{ height: 'calc(100vh - 126px)', minHeight: 420 }}>
        <MapToolbar
          score={props.scores?.score ?? null}
          status={props.scores?.status ?? 'none'}
          counts={counts}
          hasSavedPositions={Object.keys(saved).length > 0}
          qualityOpen={panel === 'quality'}
          evidenceShown={evidence.shown}
          onToggleEvidence={evidence.toggle}
          onRelayout={relayout}
          onExport={exportMap}
          onFit={viewport.fit}
          onToggleQuality={toggleQuality}
        />
        <div style={{ display: 'flex', gap: 'var(--mantine-spacing-sm)', flex: 1, minHeight: 0 }}>
          {layout ? (
            <MapCanvas
              model={model}
              layout={layout}
              pending={pending}
              viewport={viewport}
              selected={selected}
              editing={editing}
              markers={markers}
              evidence={evidence.shown ? evidence.byLink : null}
              onSelect={select}
              onOpen={() => update({ panel: 'details' })}
              onRename={setEditing}
              onDelete={deleteObjective}
              onMove={onMove}
              onConnect={onConnect}
              onEditLink={onEditLink}
            >
              {evidence.shown && evidence.links.length > 0 && (
                <EvidenceLegend links={evidence.links} />
              )}
            </MapCanvas>
          ) : (
            <div className="bm-map" data-testid="strategy-map" data-ready="false" aria-busy="true">
              <div className="bm-map-loading">Laying out the map…</div>
            </div>
          )}
          {panel === 'quality' && (
            <QualityAside ws={ws} sc={sc} period={period} onSelectObjective={selectAndCentre} />
          )}
          {panel === 'details' && selectedCard && (
            <ObjectivePanel
              ws={ws}
              sc={sc}
              period={period}
              card={selectedCard}
              laneName={laneName.get(selectedCard.lane) ?? selectedCard.lane}
              score={scoreById.get(selectedCard.id)}
              initiatives={props.initiatives.filter((i) => i.objective === selectedCard.id)}
              links={model.links}
              nameOf={nameOf}
              onClose={() => update({ panel: null })}
              onSelect={selectAndCentre}
              onRename={() => setEditing(selectedCard.id)}
              onDelete={() => deleteObjective(selectedCard.id)}
              onEditLink={onEditLink}
              verdicts={evidence.shown ? evidence.byLink : null}
            />
          )}
        </div>
      </Stack>
      <MapDialogs
        adding={adding}
        linkDialog={linkDialog}
        linkEvidence={
          openedEvidence && (
            <LinkEvidenceSection ws={ws} sc={sc} period={period} link={openedEvidence} />
          )
        }
        takenIds={model.cards.map((c) => c.id)}
        nameOf={nameOf}
        edits={edits}
        onAdded={(id) => update({ selected: id })}
        onCloseAdd={() => setAdding(null)}
        onCloseLink={() => {
          setNewLink(null);
          setOpenLink(null);
        }}
      />
    </MapActionsContext.Provider>
  );
}
