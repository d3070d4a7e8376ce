import { sparklineSegments, type Series } from './trend.ts';

const WIDTH = 48;
const HEIGHT = 16;

/** A tiny score line on a fixed 0–100 % scale; gaps where a period had no score. */
export function Sparkline({ series }: { series: Series }) {
  const segments = sparklineSegments(series, WIDTH, HEIGHT);
  if (segments.length === 0) return null;
  return (
    <svg
      width={WIDTH}
      height={HEIGHT + 2}
      viewBox={`0 -1 ${WIDTH} ${HEIGHT + 2}`}
      aria-hidden
      style={{ overflow: 'visible', flexShrink: 0 }}
    >
      {segments.map((points) => (
        <polyline
          key={points}
          points={points}
          fill="none"
          stroke="var(--mantine-primary-color-filled)"
          strokeWidth={1.5}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      ))}
    </svg>
  );
}
