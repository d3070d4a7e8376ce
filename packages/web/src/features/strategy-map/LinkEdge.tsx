import { getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LinkFlowEdge } from './flow-types.ts';

/** A cause-effect arrow; its tooltip is the hypothesis. Click opens it for editing. */
function Link({
  source,
  target,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  data,
}: EdgeProps<LinkFlowEdge>) {
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  const hypothesis = data?.hypothesis;
  return (
    <g
      className="bm-link"
      data-testid="map-link"
      data-from={source}
      data-to={target}
      data-related={data?.related ? 'true' : undefined}
      data-untested={hypothesis ? undefined : 'true'}
    >
      <title>{`${data?.label ?? ''}\n${hypothesis ?? 'No hypothesis yet: click to add one'}`}</title>
      <path className="bm-link-hit" d={path} />
      <path className="bm-link-path" d={path} markerEnd={markerEnd} />
    </g>
  );
}

export const LinkEdge = memo(Link);
