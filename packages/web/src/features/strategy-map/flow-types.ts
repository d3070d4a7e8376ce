/** React Flow node and edge types of the map. */
import type { EvidenceVerdict } from '@bearing/core';
import type { Edge, Node } from '@xyflow/react';
import type { Status } from '../../api/types.ts';
import type { LintMarker } from '../quality/index.ts';

export type ObjectiveNodeData = {
  readonly name: string;
  readonly status: Status;
  readonly score: number | null;
  readonly kpiCount: number;
  readonly trend: readonly (number | null)[] | null;
  readonly marker: LintMarker | null;
  /** Renaming in place. */
  readonly editing: boolean;
};

export type LaneNodeData = {
  readonly laneId: string;
  readonly name: string;
  readonly score: number | null;
  readonly status: Status;
  readonly count: number;
  /** True when the whole map has no objective yet: the lanes say how to start. */
  readonly mapEmpty: boolean;
};

export type LinkEdgeData = {
  readonly hypothesis: string | null;
  /** Touches the selected objective: drawn stronger. */
  readonly related: boolean;
  /** For the tooltip: "cause → effect". */
  readonly label: string;
  /** What the KPI history says about the link; null when evidence is hidden or not computed. */
  readonly verdict: EvidenceVerdict | null;
};

export type ObjectiveFlowNode = Node<ObjectiveNodeData, 'objective'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type MapFlowNode = ObjectiveFlowNode | LaneFlowNode;
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

export const laneNodeId = (lane: string) => `lane:${lane}`;
