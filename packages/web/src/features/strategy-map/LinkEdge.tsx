import { getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { VERDICT_STYLES, verdictPhrase } from '../evidence/verdicts.ts';
import type { LinkFlowEdge } from './flow-types.ts';

/**
 * A cause-effect arrow; its tooltip is the hypothesis and, with evidence, the verdict. Click opens
 * it. A verdict is drawn by dash pattern as well as colour (verdicts.ts), and named in the title.
 */
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
  const verdict = data?.verdict ?? null;
  const style = verdict ? VERDICT_STYLES[verdict] : null;
  const title = [
    data?.label ?? '',
    hypothesis ?? 'No hypothesis yet: click to add one',
    ...(verdict ? [verdictPhrase(verdict)] : []),
  ].join('\n');
  return (
    <g
      className="bm-link"
      data-testid="map-link"
      data-from={source}
      data-to={target}
      data-related={data?.related ? 'true' : undefined}
      data-untested={hypothesis ? undefined : 'true'}
      data-verdict={verdict ?? undefined}
      aria-label={verdict ? `${data?.label ?? ''}, ${verdictPhrase(verdict)}` : data?.label}
    >
      <title>{title}</title>
      <path className="bm-link-hit" d={path} />
      <path
        className="bm-link-path"
        d={path}
        markerEnd={markerEnd}
        style={
          style
            ? { strokeDasharray: style.dash ?? 'none', strokeOpacity: style.opacity }
            : undefined
        }
      />
    </g>
  );
}

export const LinkEdge = memo(Link);
