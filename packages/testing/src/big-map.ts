/**
 * A large strategy map for the browser benchmark and scale checks of the web app: one scorecard
 * with `objectives` objectives spread over the four perspectives and `links` cause-effect links,
 * each running from a lower perspective to a higher one (or forward within one), so the map is a
 * layered DAG like a real one. Returned as a strategy file (strategy-file.md), ready to import.
 * The same options always give the same file.
 */
import { mulberry32, type Random } from './seeded-random.ts';

export interface BigMapOptions {
  readonly objectives?: number;
  readonly links?: number;
  readonly seed?: number;
  readonly scorecard?: string;
}

const PERSPECTIVES = [
  { id: 'financial', name: 'Financial' },
  { id: 'customer', name: 'Customer' },
  { id: 'internal', name: 'Internal Processes' },
  { id: 'learning', name: 'Learning and Growth' },
] as const;
/** Share of objectives per perspective: maps are widest in internal processes. */
const MIX = [0.15, 0.25, 0.4, 0.2];
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

export interface BigMapFile {
  readonly bearing: 1;
  readonly scorecards: readonly Record<string, unknown>[];
}

export function generateBigMap(options: BigMapOptions = {}): BigMapFile {
  const {
    objectives: count = 150,
    links: linkCount = 300,
    seed = 7,
    scorecard = 'big-map',
  } = options;
  const random = mulberry32(seed);
  const lanes: string[][] = PERSPECTIVES.map(() => []);
  const objectives: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const lane = laneFor(i / count);
    const id = `objective-${String(i + 1).padStart(3, '0')}`;
    lanes[lane]!.push(id);
    objectives.push({
      id,
      name: `${PERSPECTIVES[lane]!.name} objective ${i + 1}`,
      perspective: PERSPECTIVES[lane]!.id,
      owner: `Owner ${(i % 12) + 1}`,
      kpis: [kpi(`${id}-kpi`, `Measure of objective ${i + 1}`, random)],
    });
  }
  const links = new Map<string, { from: string; to: string; hypothesis: string }>();
  // Higher lanes have lower indexes; a link goes up (or forward within a lane).
  for (let guard = 0; links.size < linkCount && guard < linkCount * 50; guard++) {
    const fromLane = 1 + random.int(3);
    const toLane = random.chance(0.85) ? fromLane - 1 : fromLane;
    const from = random.pick(lanes[fromLane]!);
    const to = random.pick(lanes[toLane]!);
    if (from === to || (fromLane === toLane && from > to)) continue;
    const key = `${from}->${to}`;
    if (!links.has(key))
      links.set(key, { from, to, hypothesis: `If ${from} improves, ${to} follows` });
  }
  return {
    bearing: 1,
    scorecards: [
      {
        id: scorecard,
        name: `Big map (${count} objectives, ${links.size} links)`,
        perspectives: PERSPECTIVES,
        objectives,
        links: [...links.values()],
      },
    ],
  };
}

function laneFor(share: number): number {
  let acc = 0;
  for (let lane = 0; lane < MIX.length; lane++) {
    acc += MIX[lane]!;
    if (share < acc) return lane;
  }
  return MIX.length - 1;
}

function kpi(id: string, name: string, random: Random): Record<string, unknown> {
  const baseline = 40;
  const target = 100;
  const end = random.between(30, 110);
  const values: Record<string, number> = {};
  MONTHS.forEach((month, i) => {
    values[month] = Math.round(baseline + ((end - baseline) * (i + 1)) / MONTHS.length);
  });
  return { id, name, indicator: 'lagging', baseline, target, values };
}
