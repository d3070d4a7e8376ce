import { isMap, parseDocument, Scalar, type Document, YAMLMap } from 'yaml';
import {
  type EvidenceReport,
  type EvidenceVerdict,
  type Strategy,
  parseStrategyText,
  periodOf,
  prepareStrategy,
  scorecardEvidence,
} from '@bearing/core';
import { mulberry32 } from '../packages/core/src/evidence/random.ts';
import {
  type LinkRole,
  kpiValues,
  monthRange,
  regenerates,
  statedMonths,
} from './evidence-history.ts';

/**
 * The demo's history: the same latent-path approach as the templates' (evidence-history.ts), but
 * for a whole organisation. A department objective that cascades into a corporate one
 * (`contributesTo`) is that objective's work seen closer up, so it follows the corporate
 * objective's path, and the links of every scorecard drive the shared paths. Unlike a template,
 * the demo's roles are chosen, not drawn: the story a newcomer reads ("more inspection delayed
 * dispatch") is written down here, and the seed is the one whose data tells it.
 */
export const DEMO_FILE = 'packages/cli/src/assets/strategy.yaml';
export const DEMO_FIRST_MONTH = '2024-06';
export const DEMO_LAST_MONTH = '2026-11';
export const DEMO_MONTHS = monthRange(DEMO_FIRST_MONTH, 30);
export const DEMO_SEED = 50;

/** Each link's role, by `scorecard/from>to`; a link not named carries nothing. */
export const DEMO_ROLES: Readonly<Record<string, LinkRole>> = {
  'acme/quality-skills>quality-assurance': 'holds',
  'acme/quality-assurance>quality': 'holds',
  'acme/quality>loyalty': 'holds',
  'acme/quality>lower-return-costs': 'holds',
  'operations/trained-inspectors>inspect-every-batch': 'holds',
  'operations/inspect-every-batch>right-first-time': 'holds',
  'operations/inspect-every-batch>dispatch-on-promised-day': 'fails',
  'service/product-trained-agents>first-contact-resolution': 'holds',
  'service/first-contact-resolution>quick-answers': 'holds',
  'service/dealer-stock>repeat-sales': 'holds',
};

/**
 * KPIs whose values stop before the last month, by `scorecard/kpi`: the demo shows what an
 * overdue KPI looks like (no value for the latest period, marked overdue).
 */
export const DEMO_LAST_VALUES: Readonly<Record<string, string>> = {
  'acme/on-time-delivery': '2026-08',
};

const VERDICT_OF_ROLE: Readonly<Record<LinkRole, EvidenceVerdict>> = {
  holds: 'supported',
  fails: 'contradicted',
  none: 'inconclusive',
};

/** The objective whose path an objective follows: the end of its `contributesTo` chain. */
function pathKey(strategy: Strategy, scorecard: string, objective: string): string {
  const seen = new Set<string>();
  let key = `${scorecard}/${objective}`;
  for (;;) {
    if (seen.has(key)) return key;
    seen.add(key);
    const [s, o] = key.split('/') as [string, string];
    const up = strategy.scorecards
      .find((c) => c.id === s)
      ?.objectives.find((x) => x.id === o)?.contributesTo;
    if (up === null || up === undefined) return key;
    key = `${up.scorecard}/${up.objective}`;
  }
}

/** The latent score (0..1) per month of every path of the organisation. */
export function organisationPaths(
  strategy: Strategy,
  months: readonly string[],
  seed: number,
): Map<string, number[]> {
  const random = mulberry32(seed ^ 0x9e3779b9);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const keys = [
    ...new Set(
      strategy.scorecards.flatMap((s) => s.objectives.map((o) => pathKey(strategy, s.id, o.id))),
    ),
  ];
  const incoming = new Map(keys.map((k) => [k, new Map<string, { sign: number; lag: number }>()]));
  for (const s of strategy.scorecards) {
    for (const link of s.links) {
      const role = DEMO_ROLES[`${s.id}/${link.from}>${link.to}`] ?? 'none';
      if (role === 'none') continue;
      const from = pathKey(strategy, s.id, link.from);
      // A department link between cascaded objectives restates a corporate one: count it once.
      const into = incoming.get(pathKey(strategy, s.id, link.to));
      if (into === undefined || into.has(from)) continue;
      into.set(from, { sign: role === 'holds' ? 1 : -1, lag: statedMonths(link) ?? 1 });
    }
  }
  const moves = new Map(keys.map((k) => [k, [] as number[]]));
  for (let t = 0; t < months.length; t++) {
    for (const key of keys) {
      let d = 0.004 + 0.025 * normal();
      for (const [from, { sign, lag }] of incoming.get(key) ?? [])
        d += sign * 0.8 * (moves.get(from)?.[t - lag] ?? 0);
      moves.get(key)!.push(d);
    }
  }
  const paths = new Map<string, number[]>();
  for (const key of keys) {
    let level = 0.35 + 0.2 * random();
    paths.set(
      key,
      (moves.get(key) ?? []).map((d) => {
        level = Math.min(0.97, Math.max(0.03, level + d));
        return level;
      }),
    );
  }
  return paths;
}

function writeOrganisation(doc: Document, strategy: Strategy, seed: number): void {
  const paths = organisationPaths(strategy, DEMO_MONTHS, seed);
  strategy.scorecards.forEach((scorecard, s) => {
    scorecard.objectives.forEach((o, j) => {
      const path = paths.get(pathKey(strategy, scorecard.id, o.id)) ?? [];
      o.kpis.forEach((k, n) => {
        if (!regenerates(k)) return;
        const node = doc.getIn(['scorecards', s, 'objectives', j, 'kpis', n]);
        if (!isMap(node)) return;
        const values = new YAMLMap();
        const last = DEMO_LAST_VALUES[`${scorecard.id}/${k.id}`];
        const generated = kpiValues(k, path, DEMO_MONTHS, seed * 31 + s * 997 + j * 7 + n);
        // Compared as month keys: the KPIs named in DEMO_LAST_VALUES are monthly.
        for (const [key, value] of generated.filter(([p]) => last === undefined || p <= last)) {
          const scalar = new Scalar(key);
          scalar.type = Scalar.QUOTE_SINGLE;
          values.set(scalar, value);
        }
        node.set('values', values);
      });
    });
  });
}

/** The evidence of every scorecard of a YAML text, as of the demo's last month. */
export function organisationEvidence(text: string): EvidenceReport[] {
  const parsed = parseStrategyText(text, 'yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const prepared = prepareStrategy(parsed.value);
  return parsed.value.scorecards.map((s) =>
    scorecardEvidence(prepared, s.id, periodOf(DEMO_LAST_MONTH)),
  );
}

/** The links whose verdict is not the one their role plans (empty: the data tells the story). */
export function offPlan(reports: readonly EvidenceReport[]): string[] {
  return reports.flatMap((r) =>
    r.links
      .map((l) => ({ l, role: DEMO_ROLES[`${r.scorecard}/${l.from}>${l.to}`] ?? 'none' }))
      .filter(({ l, role }) => l.verdict !== VERDICT_OF_ROLE[role])
      .map(({ l, role }) => `${r.scorecard}: ${l.from} → ${l.to} is ${l.verdict}, planned ${role}`),
  );
}

/** The demo `text` with its KPI histories drawn from `seed`, and the evidence they give. */
export function withDemoHistories(
  text: string,
  seed: number,
): { text: string; reports: EvidenceReport[] } {
  const parsed = parseStrategyText(text, 'yaml');
  if (!parsed.ok) throw new Error('not a valid strategy file');
  const doc = parseDocument(text);
  writeOrganisation(doc, parsed.value, seed);
  const out = doc.toString({ lineWidth: 0 });
  return { text: out, reports: organisationEvidence(out) };
}
