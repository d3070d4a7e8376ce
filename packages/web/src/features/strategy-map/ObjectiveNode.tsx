import { Tooltip } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { StatusIcon } from '../../components/StatusBadge.tsx';
import { formatScore, STATUS_LABEL } from '../../lib/format.ts';
import type { LintMarker } from '../quality/index.ts';
import type { ObjectiveFlowNode } from './flow-types.ts';
import { useMapActions } from './map-actions.ts';
import { Sparkline } from '../../components/charts/Sparkline.tsx';

export const cardDomId = (id: string) => `map-objective-${id}`;

const SIDES = [
  ['top', Position.Top],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
  ['right', Position.Right],
] as const;

/** An objective on the map: status (icon, word and colour), name, score, KPIs, trend. */
function ObjectiveCard({ id, data, selected }: NodeProps<ObjectiveFlowNode>) {
  const actions = useMapActions();
  const kpis = `${data.kpiCount} KPI${data.kpiCount === 1 ? '' : 's'}`;
  return (
    <div
      id={cardDomId(id)}
      className="bm-card"
      data-testid="map-objective"
      data-id={id}
      data-status={data.status}
      data-selected={selected ? 'true' : undefined}
      role="group"
      aria-roledescription="objective"
      aria-label={`${data.name}: ${STATUS_LABEL[data.status]}, score ${formatScore(data.score)}, ${kpis}`}
      aria-selected={selected}
    >
      {/* Always mounted: React Flow measures them when the card mounts, and edges need them. */}
      {SIDES.map(([side, position]) => (
        <Handle
          key={side}
          id={side}
          type="source"
          position={position}
          className="bm-handle"
          title="Drag to another objective to draw a cause-effect link"
        />
      ))}
      <div className="bm-card-head">
        <span className="bm-status">
          <StatusIcon status={data.status} size={14} />
          {STATUS_LABEL[data.status]}
        </span>
        {data.marker && <QualityMarker marker={data.marker} />}
      </div>
      {data.editing ? (
        <RenameInput
          name={data.name}
          onCommit={(name) => actions.commitRename(id, name)}
          onCancel={actions.cancelRename}
        />
      ) : (
        <div
          className="bm-card-title"
          title={`${data.name} (double-click or F2 to rename)`}
          onDoubleClick={() => actions.startRename(id)}
        >
          {data.name}
        </div>
      )}
      <div className="bm-card-foot">
        <span className="bm-score">{formatScore(data.score)}</span>
        <span className="bm-kpis">{kpis}</span>
        {data.trend && <Sparkline series={data.trend} className="bm-sparkline" />}
      </div>
    </div>
  );
}

export const ObjectiveNode = memo(ObjectiveCard);

const MARKER_ICON = {
  error: IconAlertOctagon,
  warning: IconAlertTriangle,
  info: IconInfoCircle,
} as const;

/** The tooltip mounts on first hover: 150 idle tooltips cost a tenth of a second on a big map. */
function QualityMarker({ marker }: { marker: LintMarker }) {
  const Icon = MARKER_ICON[marker.severity];
  const label = `${marker.count} quality ${marker.count === 1 ? 'finding' : 'findings'}`;
  const [armed, setArmed] = useState(false);
  const badge = (
    <span
      className="bm-marker"
      data-severity={marker.severity}
      aria-label={label}
      onMouseEnter={() => setArmed(true)}
    >
      <Icon size={13} aria-hidden />
      {marker.count}
    </span>
  );
  if (!armed) return badge;
  return (
    <Tooltip
      defaultOpened
      multiline
      w={300}
      withArrow
      label={
        <ul className="bm-marker-list">
          {marker.messages.map((message, i) => (
            <li key={i}>{message}</li>
          ))}
        </ul>
      }
    >
      {badge}
    </Tooltip>
  );
}

/** Enter saves, Escape cancels, leaving the field saves (like a spreadsheet cell). */
function RenameInput({
  name,
  onCommit,
  onCancel,
}: {
  name: string;
  onCommit: (name: string) => void;
  onCancel: () => void;
}) {
  const done = useRef(false);
  // Focus without scrolling: the map is positioned by transform, not by scroll.
  const focusOnce = useCallback((input: HTMLInputElement | null) => {
    input?.focus({ preventScroll: true });
    input?.select();
  }, []);
  const finish = (value: string | null) => {
    if (done.current) return;
    done.current = true;
    if (value === null) onCancel();
    else onCommit(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The map's own keys (arrows, Delete, Escape) must not act while typing.
    event.stopPropagation();
    if (event.key === 'Enter') finish(event.currentTarget.value);
    if (event.key === 'Escape') finish(null);
  };
  return (
    <input
      className="bm-rename nodrag nopan"
      aria-label="Objective name"
      defaultValue={name}
      ref={focusOnce}
      onKeyDown={onKeyDown}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  );
}
