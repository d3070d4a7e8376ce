import {
  DEFAULT_PERSPECTIVES,
  DEFAULT_THRESHOLDS,
  type Initiative,
  type Link,
  type Objective,
  type ObjectiveId,
  type PeriodKey,
  type Perspective,
  type RollupMethod,
  type Scorecard,
  type Strategy,
  initiativeId,
  objectiveId,
  scorecardId,
} from '@bearing/core';
import { generateKpi, type KpiContext } from './enterprise-kpis.ts';
import { mulberry32, type Random } from './seeded-random.ts';

export { enterpriseToYaml } from './enterprise-yaml.ts';

/**
 * A synthetic enterprise for benchmarks and scale tests: one corporate scorecard, about √n business
 * units and the rest departments, three levels in all. Every objective below the top cascades
 * (`contributesTo`) into an objective of its parent scorecard, so scoring the corporate scorecard
 * touches the whole enterprise. The same seed always gives the same strategy.
 */
export interface EnterpriseOptions {
  readonly seed: number;
  /** Total scorecards over the three levels (default 1,000). */
  readonly scorecards?: number;
  readonly kpisPerScorecard?: number;
  /** Monthly values per KPI, from January of `startYear` (default 36). */
  readonly months?: number;
  readonly startYear?: number;
}

const WEIGHTS = [1, 2, 0.5, 3, 0];
const WEIGHT_MIX = [70, 15, 10, 3, 2];
const ROLLUPS: readonly RollupMethod[] = ['weighted', 'min', 'max'];
const ROLLUP_MIX = [80, 10, 10];

export function generateEnterprise(options: EnterpriseOptions): Strategy {
  const {
    seed,
    scorecards: total = 1000,
    kpisPerScorecard = 60,
    months = 36,
    startYear = 2024,
  } = options;
  if (total < 1) throw new Error('an enterprise needs at least one scorecard');
  const random = mulberry32(seed);
  const ctx: KpiContext = {
    random,
    months: monthKeys(startYear, months),
    years: Array.from(
      { length: Math.ceil(months / 12) },
      (_, i) => `${startYear + i}` as PeriodKey,
    ),
  };
  // 1,000 → 1 + 30 + 969; the √ keeps the middle level sensible at any size.
  const units = Math.min(
    total - 1,
    Math.max(total > 1 ? 1 : 0, Math.round(Math.sqrt(total - 1) * 0.95)),
  );
  const out: Scorecard[] = [];
  const corporate = generateScorecard(ctx, 'corp', 'Corporate', null, kpisPerScorecard);
  out.push(corporate);
  const unitCards: Scorecard[] = [];
  for (let u = 0; u < units; u++) {
    const card = generateScorecard(
      ctx,
      `bu-${pad(u + 1, 2)}`,
      `Business unit ${u + 1}`,
      corporate,
      kpisPerScorecard,
    );
    unitCards.push(card);
    out.push(card);
  }
  for (let d = 0; d < total - 1 - units; d++) {
    const parent = unitCards[d % unitCards.length] ?? corporate;
    out.push(
      generateScorecard(
        ctx,
        `dept-${pad(d + 1, 4)}`,
        `Department ${d + 1}`,
        parent,
        kpisPerScorecard,
      ),
    );
  }
  return { version: 1, organization: `Synthetic Enterprise ${seed}`, scorecards: out };
}

function generateScorecard(
  ctx: KpiContext,
  id: string,
  name: string,
  parent: Scorecard | null,
  kpiCount: number,
): Scorecard {
  const { random } = ctx;
  const perspectives = random.chance(0.7) ? DEFAULT_PERSPECTIVES : weightedPerspectives(random);
  const objectiveCount = Math.max(perspectives.length, Math.round(kpiCount / 4));
  const objectives: Objective[] = [];
  for (let i = 0; i < objectiveCount; i++) {
    const perspective = perspectives[i % perspectives.length] ?? DEFAULT_PERSPECTIVES[0]!;
    const kpis = [];
    for (let k = i; k < kpiCount; k += objectiveCount) {
      kpis.push(generateKpi(ctx, `${id}-k${pad(k + 1, 3)}`, k));
    }
    objectives.push({
      id: objectiveRef(id, i),
      name: `${perspective.name} objective ${i + 1}`,
      perspective: perspective.id,
      weight: random.weighted(WEIGHTS, WEIGHT_MIX),
      rollup: random.weighted(ROLLUPS, ROLLUP_MIX),
      owner: random.chance(0.2) ? 'Head of department' : null,
      description: null,
      parent: drawParent(random, id, i, perspectives.length),
      contributesTo: parent ? cascadeTarget(random, parent, perspective) : null,
      kpis,
      initiatives: i === 0 ? [initiative(random, id)] : [],
    });
  }
  return {
    id: scorecardId(id),
    name,
    description: null,
    owner: null,
    thresholds: random.chance(0.1) ? { green: 0.85, amber: 0.6 } : DEFAULT_THRESHOLDS,
    perspectives,
    objectives,
    links: drawLinks(random, perspectives, objectives),
  };
}

const objectiveRef = (scorecard: string, index: number) =>
  objectiveId(`${scorecard}-o${pad(index + 1, 2)}`);

/**
 * Objective i sits in perspective i mod p. The first two rounds stay top-level so every perspective
 * has roots; later ones may nest under an earlier objective of the same perspective, which rules
 * out `parent` cycles by construction and gives sub-objectives two levels deep.
 */
function drawParent(random: Random, scorecard: string, i: number, p: number): ObjectiveId | null {
  if (i < 2 * p || !random.chance(0.8)) return null;
  return objectiveRef(scorecard, (i % p) + p * random.int(Math.floor(i / p)));
}

function weightedPerspectives(random: Random): Perspective[] {
  return DEFAULT_PERSPECTIVES.map((p) => ({ ...p, weight: random.pick([0.5, 1, 1.5, 2]) }));
}

/** An objective of the parent scorecard in the same perspective (any, when it has none). */
function cascadeTarget(
  random: Random,
  parent: Scorecard,
  perspective: Perspective,
): Objective['contributesTo'] {
  const same = parent.objectives.filter((o) => o.perspective === perspective.id);
  const target = random.pick(same.length > 0 ? same : parent.objectives);
  return { scorecard: parent.id, objective: target.id };
}

/** Cause-effect arrows pointing up the map (learning → internal → customer → financial). */
function drawLinks(
  random: Random,
  perspectives: readonly Perspective[],
  objectives: readonly Objective[],
): Link[] {
  const links: Link[] = [];
  for (let p = perspectives.length - 1; p > 0; p--) {
    const from = objectives.filter((o) => o.perspective === perspectives[p]?.id);
    const to = objectives.filter((o) => o.perspective === perspectives[p - 1]?.id);
    if (from.length === 0 || to.length === 0) continue;
    links.push({
      from: random.pick(from).id,
      to: random.pick(to).id,
      hypothesis: random.chance(0.5) ? 'If this improves, the next perspective follows' : null,
      lag: null,
    });
  }
  return links;
}

function initiative(random: Random, scorecard: string): Initiative {
  const budget = Math.round(random.between(10, 500)) * 1000;
  const progress = Math.round(random.next() * 100) / 100;
  return {
    id: initiativeId(`${scorecard}-i1`),
    name: 'Improvement programme',
    owner: 'COO',
    description: null,
    start: '2024-01-01',
    due: '2026-12-31',
    budget,
    spent: Math.round(budget * progress * random.between(0.8, 1.3)),
    progress,
    status: random.pick(['not-started', 'on-track', 'at-risk', 'late', 'done'] as const),
  };
}

function monthKeys(startYear: number, count: number): PeriodKey[] {
  return Array.from(
    { length: count },
    (_, m) => `${startYear + Math.floor(m / 12)}-${pad((m % 12) + 1, 2)}` as PeriodKey,
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
