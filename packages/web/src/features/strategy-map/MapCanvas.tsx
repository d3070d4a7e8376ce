import { useComputedColorScheme } from '@mantine/core';
import type { LinkEvidenceResponse } from '@bearing/core';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeTypes,
  type FinalConnectionState,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { STATUS_HEX } from '../../lib/format.ts';
import type { LintMarker } from '../quality/index.ts';
import { buildEdges, buildNodes, cardBoxes } from './flow-elements.ts';
import { IdentityCache } from './identity.ts';
import type { LinkFlowEdge, MapFlowNode } from './flow-types.ts';
import { keyAction, navCardsOf } from './keyboard-nav.ts';
import { cardUnderPointer, unscroll } from './dom-events.ts';
import { clampToLane } from './layout/saved.ts';
import type { MapLayout, Point } from './layout/types.ts';
import { LaneNode } from './LaneNode.tsx';
import { LinkEdge } from './LinkEdge.tsx';
import type { LinkModel, MapModel } from './map-model.ts';
import { cardDomId, ObjectiveNode } from './ObjectiveNode.tsx';
import { useStableCallback } from './use-stable-callback.ts';
import { FIT_PADDING, useKeepFitted, useReveal, type Viewport } from './use-viewport.ts';

// Defined once, outside any component: React Flow re-mounts every node if these objects change.
const NODE_TYPES: NodeTypes = { lane: LaneNode, objective: ObjectiveNode };
const EDGE_TYPES: EdgeTypes = { link: LinkEdge };
const FIT_VIEW = { padding: FIT_PADDING };
/** A small map fits the screen; the overview only helps where one must pan. */
const MINIMAP_ABOVE = 24;

function minimapColor(node: MapFlowNode): string {
  return node.type === 'objective' ? STATUS_HEX[node.data.status] : 'rgba(134,142,150,0.15)';
}

export interface MapCanvasProps {
  readonly model: MapModel;
  readonly layout: MapLayout;
  readonly pending: boolean;
  readonly viewport: Viewport;
  readonly selected: string | null;
  readonly editing: string | null;
  readonly markers: ReadonlyMap<string, LintMarker>;
  /** Each link's evidence by `from->to`; null when evidence is hidden. */
  readonly evidence: ReadonlyMap<string, LinkEvidenceResponse> | null;
  /** Drawn over the canvas (the evidence legend). */
  readonly children?: ReactNode;
  readonly onSelect: (id: string | null, open?: boolean) => void;
  readonly onOpen: () => void;
  readonly onRename: (id: string) => void;
  readonly onDelete: (id: string) => void;
  readonly onMove: (id: string, position: Point) => void;
  readonly onConnect: (from: string, to: string) => void;
  readonly onEditLink: (link: LinkModel) => void;
}

/** The React Flow canvas: lanes, cards and arrows, with drag, link drawing and the keyboard. */
export function MapCanvas(props: MapCanvasProps) {
  const { model, layout, selected, editing, markers, evidence } = props;
  const flow = useReactFlow<MapFlowNode, LinkFlowEdge>();
  const scheme = useComputedColorScheme('light');
  const container = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ id: string; position: Point } | null>(null);
  const [ready, setReady] = useState(false);
  const [nodeCache] = useState(() => new IdentityCache<MapFlowNode>());
  const [edgeCache] = useState(() => new IdentityCache<LinkFlowEdge>());

  const nodes = useMemo(() => {
    const built = buildNodes(model, layout, { selected, editing, markers });
    const moved = drag
      ? built.map((n) => (n.id === drag.id ? { ...n, position: drag.position, dragging: true } : n))
      : built;
    return nodeCache.stabilise(moved);
  }, [model, layout, selected, editing, markers, drag, nodeCache]);
  const edges = useMemo(
    () => edgeCache.stabilise(buildEdges(model, layout, selected, evidence)),
    [model, layout, selected, evidence, edgeCache],
  );
  const boxes = useMemo(() => cardBoxes(layout), [layout]);
  const navCards = useMemo(() => navCardsOf(model.cards, boxes), [model.cards, boxes]);

  const reveal = useReveal(container, boxes);

  const { viewport } = props;
  useKeepFitted(container, viewport);

  // A shared link with a selection on a big map opens on that card, readable, not on the
  // whole map at a size where no card can be read.
  const initialSelection = useRef(selected);
  const onInit = useStableCallback(() => {
    const id = initialSelection.current;
    if (id && flow.getZoom() < 0.6) viewport.centre(id);
    requestAnimationFrame(() => {
      performance.mark('bearing:map-ready');
      setReady(true);
    });
  });

  const onNodesChange = useCallback((changes: NodeChange<MapFlowNode>[]) => {
    // Positions and selection live in the layout and the URL; only a drag in progress is local.
    for (const change of changes) {
      if (change.type === 'position' && change.position && change.dragging) {
        setDrag({ id: change.id, position: change.position });
      }
    }
  }, []);

  const { onMove, onSelect, onConnect: connect } = props;
  const onNodeDragStop = useStableCallback((_event: unknown, node: MapFlowNode) => {
    setDrag(null);
    if (node.type === 'objective') onMove(node.id, clampToLane(node.position));
  });
  const onNodeClick = useStableCallback((_event: unknown, node: MapFlowNode) => {
    if (node.type !== 'objective') return;
    onSelect(node.id, true);
    container.current?.focus({ preventScroll: true });
    // The side panel opens and narrows the map. A fitted map is fitted again (the resize
    // observer below); a map the user has moved pans to keep the clicked card in view.
    if (!viewport.fitted.current) setTimeout(() => reveal(node.id), 50);
  });
  const onConnect = useStableCallback((connection: Connection) =>
    connect(connection.source, connection.target),
  );
  // Dropping on a card's body rather than on one of its handles links to that card too.
  const onConnectEnd = useStableCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const to = cardUnderPointer(event);
      if (to && to !== state.fromNode.id) connect(state.fromNode.id, to);
    },
  );
  const onPaneClick = useStableCallback(() => selected && onSelect(null));
  // Only the user's own pans and zooms carry an event.
  const onMoveStart = useStableCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) viewport.release();
  });
  const linkById = useMemo(() => new Map(model.links.map((l) => [l.id, l])), [model.links]);
  const { onEditLink } = props;
  const onEdgeClick = useStableCallback((_event: unknown, edge: LinkFlowEdge) => {
    const link = linkById.get(edge.id);
    if (link) onEditLink(link);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    const action = keyAction(event.key, selected, navCards);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'select') {
      onSelect(action.id);
      reveal(action.id);
    } else if (action.kind === 'clear') onSelect(null);
    else if (action.kind === 'open') props.onOpen();
    else if (action.kind === 'rename') props.onRename(action.id);
    else if (action.kind === 'delete') props.onDelete(action.id);
  };

  const activeCard = selected && boxes.has(selected) ? cardDomId(selected) : undefined;
  return (
    <div
      ref={container}
      className="bm-map"
      data-testid="strategy-map"
      data-ready={ready && !props.pending ? 'true' : 'false'}
      tabIndex={0}
      role="application"
      aria-roledescription="strategy map"
      aria-label="Strategy map"
      aria-describedby="bm-map-help"
      aria-activedescendant={activeCard}
      onKeyDown={onKeyDown}
      onScrollCapture={unscroll}
    >
      <span id="bm-map-help" hidden>
        Arrow keys move between objectives, Enter opens the selected one, F2 renames it, Delete
        deletes it, Escape clears the selection.
      </span>
      <ReactFlow<MapFlowNode, LinkFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeClick={onNodeClick}
        onPaneClick={onPaneClick}
        onEdgeClick={onEdgeClick}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onInit={onInit}
        onMoveStart={onMoveStart}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={36}
        colorMode={scheme}
        fitView
        fitViewOptions={FIT_VIEW}
        minZoom={0.05}
        maxZoom={2}
        zoomOnDoubleClick={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        disableKeyboardA11y
        nodesFocusable={false}
        edgesFocusable={false}
        zIndexMode="manual"
        elevateNodesOnSelect={false}
        elevateEdgesOnSelect={false}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
        {props.children}
        {model.cards.length > MINIMAP_ABOVE && (
          <MiniMap<MapFlowNode>
            pannable
            zoomable
            ariaLabel="Overview of the map"
            nodeColor={minimapColor}
            nodeStrokeWidth={0}
            maskColor="rgba(134,142,150,0.18)"
            style={{ width: 180, height: 120 }}
          />
        )}
      </ReactFlow>
    </div>
  );
}
