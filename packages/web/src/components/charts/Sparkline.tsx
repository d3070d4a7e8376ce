import { memo } from 'react';
import { formatScore } from '../../lib/format.ts';
import { sparklineGeometry } from './sparkline.ts';

/**
 * A score trend in a few pixels, on a fixed 0–100 % scale so two lines compare; gaps where a
 * period had no score. Inline SVG, no chart library: a map draws 150 of them. The one sparkline
 * of the app (map nodes, table rows).
 */
export const Sparkline = memo(function Sparkline({
  series,
  width = 64,
  height = 22,
  className,
  endDot = true,
  decorative = false,
}: {
  series: readonly (number | null)[];
  width?: number;
  height?: number;
  /** Styles the line (`path`) and the end dot (`circle`) from CSS, e.g. by status. */
  className?: string;
  endDot?: boolean;
  /** Hidden from assistive technology when the surrounding element already says the trend. */
  decorative?: boolean;
}) {
  const { path, last, change } = sparklineGeometry(series, width, height);
  if (!path) return null;
  const scores = series.map((s) => formatScore(s)).join(', ');
  const trend =
    change === null ? '' : change > 0.005 ? 'rising' : change < -0.005 ? 'falling' : 'flat';
  return (
    <svg
      className={className}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ overflow: 'visible', flexShrink: 0 }}
      {...(decorative
        ? { 'aria-hidden': true }
        : { role: 'img', 'aria-label': `Trend ${trend}: ${scores}` })}
    >
      {!decorative && <title>{`Last ${series.length} periods: ${scores}`}</title>}
      <path
        d={path}
        fill="none"
        stroke="var(--mantine-primary-color-filled)"
        strokeWidth={1.6}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      {endDot && last && <circle cx={last.x} cy={last.y} r={2.2} />}
    </svg>
  );
});
