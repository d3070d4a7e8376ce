import { memo } from 'react';
import { formatScore } from '../../lib/format.ts';
import { sparklineGeometry } from './sparkline.ts';

/** A score trend in a few pixels: inline SVG, no chart library (150 of them on a map). */
export const Sparkline = memo(function Sparkline({
  series,
  width = 64,
  height = 22,
}: {
  series: readonly (number | null)[];
  width?: number;
  height?: number;
}) {
  const { path, last, change } = sparklineGeometry(series, width, height);
  if (!path) return null;
  const scores = series.map((s) => formatScore(s)).join(', ');
  const trend =
    change === null ? '' : change > 0.005 ? 'rising' : change < -0.005 ? 'falling' : 'flat';
  return (
    <svg
      className="bm-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Trend ${trend}: ${scores}`}
    >
      <title>{`Last ${series.length} periods: ${scores}`}</title>
      <path d={path} fill="none" strokeWidth={1.6} strokeLinejoin="round" strokeLinecap="round" />
      {last && <circle cx={last.x} cy={last.y} r={2.2} />}
    </svg>
  );
});
