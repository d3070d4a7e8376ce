/**
 * The scorecard table's tree: scorecard → perspectives → objectives (→ sub-objectives, cascade
 * contributors) → KPIs, built from the API's score tree. Every score and status is the server's;
 * this file only reshapes them and adds what the score tree does not carry (owners, the newest
 * stored value's period) from the scorecard detail.
 */
import { comparePeriods, parsePeriod, type Period } from '@bearing/core';
import type {
  KpiScore,
  ObjectiveScore,
  ScorecardDetail,
  ScorecardScore,
  Status,
  Target,
} from '../../api/types.ts';

export type RowKind = 'scorecard' | 'perspective' | 'objective' | 'contributor' | 'kpi';

export interface TableNode {
  /** Unique in the table and stable across reloads: kind letter, a dot, the id. */
  readonly key: string;
  readonly kind: RowKind;
  readonly id: string;
  /** The scorecard the node belongs to (a contributor's is another scorecard). */
  readonly scorecard: string;
  readonly name: string;
  readonly score: number | null;
  readonly status: Status;
  readonly weight: number | null;
  readonly value: number | null;
  readonly unit: string | null;
  /** The target in force for the period (KPIs only). */
  readonly target: Target | null;
  readonly optimization: string | null;
  readonly owner: string | null;
  /** The period of the newest stored value (KPIs only). */
  readonly lastPeriod: string | null;
  readonly overdue: boolean;
  readonly stale: boolean;
  readonly children: readonly TableNode[];
}

/** What the score tree lacks, indexed once from the scorecard detail. */
export interface DetailIndex {
  readonly scorecardOwner: string | null;
  readonly objectiveOwner: ReadonlyMap<string, string | null>;
  readonly kpiOwner: ReadonlyMap<string, string | null>;
  readonly kpiLastPeriod: ReadonlyMap<string, string>;
}

export const EMPTY_DETAIL: DetailIndex = {
  scorecardOwner: null,
  objectiveOwner: new Map(),
  kpiOwner: new Map(),
  kpiLastPeriod: new Map(),
};

/** The newest period among value keys, by period end (a quarter ends after its first month). */
export function newestPeriod(keys: readonly string[]): string | null {
  let best: Period | null = null;
  for (const key of keys) {
    const parsed = parsePeriod(key);
    if (!parsed.ok) continue;
    if (best === null || comparePeriods(parsed.period, best) > 0) best = parsed.period;
  }
  return best?.key ?? null;
}

export function indexDetail(detail: ScorecardDetail): DetailIndex {
  const objectiveOwner = new Map<string, string | null>();
  const kpiOwner = new Map<string, string | null>();
  const kpiLastPeriod = new Map<string, string>();
  for (const objective of detail.objectives) {
    objectiveOwner.set(objective.id, objective.owner);
    for (const kpi of objective.kpis) {
      kpiOwner.set(kpi.id, kpi.owner);
      const newest = newestPeriod(kpi.values.map((v) => v.period));
      if (newest !== null) kpiLastPeriod.set(kpi.id, newest);
    }
  }
  return { scorecardOwner: detail.owner, objectiveOwner, kpiOwner, kpiLastPeriod };
}

const BLANK = {
  weight: null,
  value: null,
  unit: null,
  target: null,
  optimization: null,
  owner: null,
  lastPeriod: null,
  overdue: false,
  stale: false,
} as const;

function kpiNode(kpi: KpiScore, scorecard: string, info: DetailIndex): TableNode {
  return {
    ...BLANK,
    key: `k.${kpi.id}`,
    kind: 'kpi',
    id: kpi.id,
    scorecard,
    name: kpi.name,
    score: kpi.score,
    status: kpi.status,
    weight: kpi.weight,
    value: kpi.value,
    unit: kpi.unit,
    target: kpi.target,
    optimization: kpi.optimization,
    owner: info.kpiOwner.get(kpi.id) ?? null,
    lastPeriod: info.kpiLastPeriod.get(kpi.id) ?? null,
    overdue: kpi.overdue,
    stale: kpi.stale,
    children: [],
  };
}

/**
 * A cascade contributor is another scorecard's objective: shown with its score as a leaf (its
 * own tree belongs to its own scorecard's table), never edited from here.
 */
function contributorNode(objective: ObjectiveScore): TableNode {
  return {
    ...BLANK,
    key: `c.${objective.scorecard}/${objective.id}`,
    kind: 'contributor',
    id: objective.id,
    scorecard: objective.scorecard,
    name: objective.name,
    score: objective.score,
    status: objective.status,
    weight: objective.weight,
    children: [],
  };
}

function objectiveNode(objective: ObjectiveScore, info: DetailIndex): TableNode {
  return {
    ...BLANK,
    key: `o.${objective.id}`,
    kind: 'objective',
    id: objective.id,
    scorecard: objective.scorecard,
    name: objective.name,
    score: objective.score,
    status: objective.status,
    weight: objective.weight,
    owner: info.objectiveOwner.get(objective.id) ?? null,
    // An objective's own measures first, then what it breaks down into, then the cascade.
    children: [
      ...objective.kpis.map((k) => kpiNode(k, objective.scorecard, info)),
      ...objective.objectives.map((o) => objectiveNode(o, info)),
      ...objective.contributors.map(contributorNode),
    ],
  };
}

export function buildTree(tree: ScorecardScore, info: DetailIndex): TableNode {
  return {
    ...BLANK,
    key: `s.${tree.id}`,
    kind: 'scorecard',
    id: tree.id,
    scorecard: tree.id,
    name: tree.name,
    score: tree.score,
    status: tree.status,
    owner: info.scorecardOwner,
    children: tree.perspectives.map((p) => ({
      ...BLANK,
      key: `p.${p.id}`,
      kind: 'perspective' as const,
      id: p.id,
      scorecard: tree.id,
      name: p.name,
      score: p.score,
      status: p.status,
      weight: p.weight,
      children: p.objectives.map((o) => objectiveNode(o, info)),
    })),
  };
}

/** Every key of a node that has children (for "collapse all"). */
export function parentKeys(root: TableNode): string[] {
  const keys: string[] = [];
  const walk = (node: TableNode) => {
    if (node.children.length === 0) return;
    keys.push(node.key);
    node.children.forEach(walk);
  };
  walk(root);
  return keys;
}

/** Counts for headings and summaries: objectives (with sub-objectives) and KPIs of this scorecard. */
export function countNodes(root: TableNode): { objectives: number; kpis: number } {
  let objectives = 0;
  let kpis = 0;
  const walk = (node: TableNode) => {
    if (node.kind === 'objective') objectives++;
    if (node.kind === 'kpi' && node.scorecard === root.scorecard) kpis++;
    node.children.forEach(walk);
  };
  walk(root);
  return { objectives, kpis };
}

/** How many rows the whole tree has (the "n of m rows" count). */
export function countRows(node: TableNode): number {
  return node.children.reduce((sum, child) => sum + countRows(child), 1);
}
