import { ActionIcon, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { StatusIcon } from '../../components/StatusBadge.tsx';
import { formatScore, STATUS_LABEL } from '../../lib/format.ts';
import type { LaneFlowNode } from './flow-types.ts';
import { useMapActions } from './map-actions.ts';

/** The classic question of each default perspective, to start an empty map with. */
const QUESTIONS: Readonly<Record<string, string>> = {
  financial: 'What results must we deliver to owners and funders?',
  customer: 'What must our customers and partners get from us?',
  internal: 'Which processes must we excel at to deliver it?',
  learning: 'Which skills, tools and culture do we need?',
};

/** A perspective's band: its name, score and status on the left, its objectives inside. */
function Lane({ data }: NodeProps<LaneFlowNode>) {
  const { addObjective } = useMapActions();
  const label = `Add objective to ${data.name}`;
  return (
    <div className="bm-lane" data-testid="map-lane" data-id={data.laneId}>
      <div className="bm-lane-header">
        <div className="bm-lane-name">{data.name}</div>
        <div className="bm-lane-status" data-status={data.status}>
          <StatusIcon status={data.status} size={14} />
          <span>{STATUS_LABEL[data.status]}</span>
          <span className="bm-lane-score">{formatScore(data.score)}</span>
        </div>
        <div className="bm-lane-foot">
          <span className="bm-lane-count">
            {data.count} objective{data.count === 1 ? '' : 's'}
          </span>
          <Tooltip label={label} withArrow>
            <ActionIcon
              className="nodrag"
              variant="light"
              size="sm"
              aria-label={label}
              onClick={() => addObjective(data.laneId)}
            >
              <IconPlus size={14} />
            </ActionIcon>
          </Tooltip>
        </div>
      </div>
      {data.count === 0 && (
        <div className="bm-lane-empty">
          {data.mapEmpty
            ? `Add your first objective: ${QUESTIONS[data.laneId] ?? `what must go right in ${data.name}?`} Use + on the left.`
            : `No objectives in ${data.name} yet. Use + to add one.`}
        </div>
      )}
    </div>
  );
}

export const LaneNode = memo(Lane);
