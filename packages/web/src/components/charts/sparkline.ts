/**
 * A sparkline's SVG path from a score series (0..1, null where there was no score): gaps stay
 * gaps, so a missing month never looks like a drop to zero.
 */
export interface SparklineGeometry {
  /** `M x y L x y …`, one subpath per run of scores; empty when there is nothing to draw. */
  readonly path: string;
  /** The last point with a score, for the end dot. */
  readonly last: { readonly x: number; readonly y: number } | null;
  /** Last score minus the first score of the series (null with fewer than two scores). */
  readonly change: number | null;
}

export function sparklineGeometry(
  series: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
): SparklineGeometry {
  const step = series.length > 1 ? (width - 2 * pad) / (series.length - 1) : 0;
  const y = (score: number) => pad + (1 - Math.min(1, Math.max(0, score))) * (height - 2 * pad);
  const parts: string[] = [];
  let last: { x: number; y: number } | null = null;
  let drawing = false;
  series.forEach((score, i) => {
    if (score === null) {
      drawing = false;
      return;
    }
    const point = { x: round(pad + i * step), y: round(y(score)) };
    parts.push(`${drawing ? 'L' : 'M'}${point.x} ${point.y}`);
    drawing = true;
    last = point;
  });
  const scores = series.filter((s): s is number => s !== null);
  const change = scores.length >= 2 ? scores[scores.length - 1]! - scores[0]! : null;
  return { path: parts.join(' '), last, change };
}

const round = (n: number) => Math.round(n * 10) / 10;
