import { isMap, parseDocument, Scalar, type Document, YAMLMap } from 'yaml';
import {
  type Kpi,
  type Link,
  type Scorecard,
  type Strategy,
  parseStrategyText,
  periodOf,
  prepareStrategy,
  scorecardEvidence,
  type EvidenceReport,
} from '@bearing/core';
import { mulberry32 } from '../packages/core/src/evidence/random.ts';

/**
 * Seeded KPI histories in which the strategy map's links hold, fail or say nothing, so a template
 * shows `bearing evidence` a believable mix: several supported links, some inconclusive, one
 * contradicted. Each objective gets a latent score path: its own noise and drift, plus, for every
 * link planned to hold (or fail), the cause's moves a few months later (or their opposite). Each
 * maximize/minimize KPI then reads the path on its own scale, with a little noise of its own.
 * Pure functions; scripts/generate-evidence-history.ts writes the files.
 */
export type LinkRole = 'holds' | 'fails' | 'none';

export interface HistoryPlan {
  readonly months: readonly string[];
  /** Role and delay (months, ≥ 1) of each link of the scorecard, in file order. */
  readonly links: readonly { readonly role: LinkRole; readonly lag: number }[];
}

/** Month keys from `first` (YYYY-MM), `count` of them. */
export function monthRange(first: string, count: number): string[] {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const k = (m - 1 + i) % 12;
    return `${y + Math.floor((m - 1 + i) / 12)}-${String(k + 1).padStart(2, '0')}`;
  });
}

/** A plan drawn from `seed`: one link fails, about half hold, the rest carry nothing. */
export function drawPlan(
  scorecard: Scorecard,
  months: readonly string[],
  seed: number,
): HistoryPlan {
  const random = mulberry32(seed);
  const fails = Math.floor(random() * scorecard.links.length);
  return {
    months,
    links: scorecard.links.map((l, i) => ({
      role: i === fails ? 'fails' : random() < 0.55 ? 'holds' : 'none',
      lag: statedMonths(l) ?? 1 + Math.floor(random() * 3),
    })),
  };
}

export function statedMonths(link: Link): number | null {
  if (link.lag === null) return null;
  const months = { day: 1 / 30, week: 7 / 30, month: 1, quarter: 3, year: 12 }[link.lag.unit];
  return Math.min(6, Math.max(1, Math.round(link.lag.count * months)));
}

/** Each objective's latent score (0..1) per month. */
export function latentPaths(
  scorecard: Scorecard,
  plan: HistoryPlan,
  seed: number,
): Map<string, number[]> {
  const random = mulberry32(seed ^ 0x9e3779b9);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const ids = scorecard.objectives.map((o) => o.id as string);
  const moves = new Map(ids.map((id) => [id, [] as number[]]));
  const incoming = new Map(
    ids.map((id) => [id, [] as { from: string; sign: number; lag: number }[]]),
  );
  scorecard.links.forEach((l, i) => {
    const p = plan.links[i];
    if (p === undefined || p.role === 'none') return;
    incoming.get(l.to)?.push({ from: l.from, sign: p.role === 'holds' ? 1 : -1, lag: p.lag });
  });
  for (let t = 0; t < plan.months.length; t++) {
    for (const id of ids) {
      let d = 0.004 + 0.025 * normal();
      for (const { from, sign, lag } of incoming.get(id) ?? [])
        d += sign * 0.8 * (moves.get(from)?.[t - lag] ?? 0);
      moves.get(id)!.push(d);
    }
  }
  const paths = new Map<string, number[]>();
  for (const id of ids) {
    let level = 0.35 + 0.2 * random();
    paths.set(
      id,
      (moves.get(id) ?? []).map((d) => {
        level = Math.min(0.97, Math.max(0.03, level + d));
        return level;
      }),
    );
  }
  return paths;
}

/** Whether the generator rewrites this KPI's values: a scale it can read a score on. */
export function regenerates(kpi: Kpi): boolean {
  return (
    (kpi.optimization === 'maximize' || kpi.optimization === 'minimize') &&
    typeof kpi.target === 'number' &&
    kpi.baseline !== null &&
    (kpi.frequency === 'monthly' || kpi.frequency === 'quarterly')
  );
}

/** The KPI's new values: the path on its scale, with its own noise, rounded as its values were. */
export function kpiValues(
  kpi: Kpi,
  path: readonly number[],
  months: readonly string[],
  seed: number,
): [string, number][] {
  const random = mulberry32(seed);
  const baseline = kpi.baseline ?? 0;
  const target = typeof kpi.target === 'number' ? kpi.target : baseline + 1;
  const decimals = Math.max(
    0,
    ...kpi.values.map((v) => (String(v.value).split('.')[1] ?? '').length),
  );
  const round = (x: number) => Number(x.toFixed(Math.min(decimals, 2)));
  const out: [string, number][] = [];
  months.forEach((month, t) => {
    const m = Number(month.slice(5));
    if (kpi.frequency === 'quarterly' && m % 3 !== 0) return;
    const score = (path[t] ?? 0.5) + 0.01 * (random() - 0.5) * 2;
    const key = kpi.frequency === 'quarterly' ? `${month.slice(0, 4)}-Q${m / 3}` : month;
    let value = round(baseline + (target - baseline) * score);
    if (kpi.unit === '%' && !kpi.allowNegative) value = Math.max(0, value);
    out.push([key, value]);
  });
  return out;
}

/** Writes the histories into the YAML document of `strategy` (comments and layout kept). */
export function writeHistories(
  doc: Document,
  strategy: Strategy,
  plan: HistoryPlan,
  seed: number,
): void {
  strategy.scorecards.forEach((scorecard, s) => {
    const paths = latentPaths(scorecard, plan, seed + s);
    scorecard.objectives.forEach((o, j) => {
      o.kpis.forEach((k, n) => {
        if (!regenerates(k)) return;
        const at = ['scorecards', s, 'objectives', j, 'kpis', n];
        const node = doc.getIn(at);
        if (!isMap(node)) return;
        const values = new YAMLMap();
        for (const [key, value] of kpiValues(
          k,
          paths.get(o.id) ?? [],
          plan.months,
          seed * 31 + j * 7 + n,
        )) {
          const scalar = new Scalar(key);
          scalar.type = Scalar.QUOTE_SINGLE;
          values.set(scalar, value);
        }
        const existing = node.get('values', true);
        values.flow = isMap(existing) ? (existing.flow ?? false) : false;
        node.set('values', values);
      });
    });
  });
}

/** The evidence of the first scorecard of a YAML text, as of its last month. */
export function evidenceOf(text: string, to: string): EvidenceReport {
  const parsed = parseStrategyText(text, 'yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const first = parsed.value.scorecards[0];
  if (first === undefined) throw new Error('no scorecard');
  return scorecardEvidence(prepareStrategy(parsed.value), first.id, periodOf(to));
}

/** What a template should show: one contradicted link, two or more supported and inconclusive. */
export function goodMix(report: EvidenceReport): boolean {
  const count = (v: string) => report.links.filter((l) => l.verdict === v).length;
  return count('contradicted') === 1 && count('supported') >= 2 && count('inconclusive') >= 2;
}

export const FIRST_MONTH = '2024-01';
export const LAST_MONTH = '2026-06';
export const MONTHS = monthRange(FIRST_MONTH, 30);

/** The files given histories, and the seed that gives each a good mix. */
export const TARGETS: readonly { readonly file: string; readonly seed: number }[] = [
  { file: 'packages/templates/templates/product-leadership.yaml', seed: 1 },
  { file: 'packages/templates/templates/best-total-cost.yaml', seed: 1 },
];

/** `text` with its KPI histories drawn from `seed`, and the evidence they give. */
export function withHistories(
  text: string,
  seed: number,
): { text: string; report: EvidenceReport } {
  const parsed = parseStrategyText(text, 'yaml');
  if (!parsed.ok) throw new Error('not a valid strategy file');
  const scorecard = parsed.value.scorecards[0];
  if (scorecard === undefined) throw new Error('no scorecard');
  const doc = parseDocument(text);
  writeHistories(doc, parsed.value, drawPlan(scorecard, MONTHS, seed), seed);
  // The template's header says which months its values cover.
  const out = doc
    .toString({ lineWidth: 0 })
    .replace(
      /Values run from \d{4}-\d{2} to \d{4}-\d{2}/,
      `Values run from ${FIRST_MONTH} to ${LAST_MONTH}`,
    );
  return { text: out, report: evidenceOf(out, LAST_MONTH) };
}
