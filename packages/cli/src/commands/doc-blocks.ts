import {
  DISCIPLINES,
  type ObjectiveScore,
  type Scorecard,
  type ScorecardScore,
  type Strategy,
} from '@bearing/core';
import { formatLagText, scoreCell } from './doc-format.ts';
import {
  formatScore,
  formatTarget,
  formatValue,
  withUnit,
  formatNumber,
} from '../output/format.ts';

/**
 * The strategy document as a list of neutral blocks, rendered to Markdown or HTML by
 * doc-render.ts: one story, two formats that cannot drift apart.
 */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly head: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

export function strategyBlocks(
  strategy: Strategy,
  scores: readonly ScorecardScore[],
  period: string | null,
): Block[] {
  const title = strategy.organization ?? strategy.scorecards[0]?.name ?? 'Strategy';
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `${title}: strategy document` },
    {
      kind: 'paragraph',
      text:
        period === null
          ? 'No KPI values yet: scores will appear once values are entered.'
          : `Scores as of ${period}.`,
    },
  ];
  for (const scorecard of strategy.scorecards) {
    blocks.push(
      ...scorecardBlocks(strategy, scorecard, scores.find((s) => s.id === scorecard.id) ?? null),
    );
  }
  return blocks;
}

function scorecardBlocks(strategy: Strategy, sc: Scorecard, score: ScorecardScore | null): Block[] {
  const byId = objectiveScores(score);
  const name = (id: string) => sc.objectives.find((o) => o.id === id)?.name ?? id;
  const out: Block[] = [{ kind: 'heading', level: 2, text: sc.name }];
  const facts = [sc.description, sc.owner === null ? null : `Owner: ${sc.owner}.`].filter(
    (t) => t !== null,
  );
  if (facts.length > 0) out.push({ kind: 'paragraph', text: facts.join(' ') });
  const customer = sc.customer ?? null;
  const challenges = customer?.challenges ?? [];
  if (challenges.length > 0) {
    out.push({ kind: 'heading', level: 3, text: 'Challenges and hypotheses' });
    for (const c of challenges) {
      out.push({
        kind: 'paragraph',
        text: `Challenge: ${c.name}${c.description === null ? '' : ` (${c.description})`}`,
      });
      out.push({
        kind: 'list',
        items: c.hypotheses.map((h) =>
          h.objectives.length === 0
            ? `Hypothesis: ${h.statement}`
            : `Hypothesis: ${h.statement} → addressed by ${h.objectives.map(name).join(', ')}`,
        ),
      });
    }
  }
  if (customer !== null && customer.stakeholders.length > 0) {
    out.push({ kind: 'heading', level: 3, text: 'Customers and stakeholders' });
    out.push({
      kind: 'table',
      head: ['Who', 'Kind', 'What they want'],
      rows: customer.stakeholders.map((s) => [s.name, s.kind, s.needs.join('; ')]),
    });
  }
  if (customer !== null && customer.segments.length > 0) {
    out.push({ kind: 'heading', level: 3, text: 'Segments' });
    const kpis = sc.objectives.flatMap((o) => o.kpis);
    out.push({
      kind: 'table',
      head: ['Segment', 'Values most', 'Targeted', 'Outcome measures'],
      rows: customer.segments.map((s) => [
        s.name,
        s.values.join(', '),
        s.targeted ? 'yes' : 'no',
        kpis
          .filter((k) => k.segment === s.id && k.outcome)
          .map((k) => `${k.name} (${String(k.outcome)})`)
          .join('; '),
      ]),
    });
  }
  const vp = customer?.valueProposition ?? null;
  if (vp !== null) {
    out.push({ kind: 'heading', level: 3, text: 'Value proposition' });
    if (vp.discipline !== null) {
      const d = DISCIPLINES[vp.discipline];
      out.push({ kind: 'paragraph', text: `${d.title} (${d.family}): ${d.customersGet}` });
    }
    if (vp.attributes.length > 0) {
      out.push({
        kind: 'list',
        items: vp.attributes.map((a) => `${a.attribute}: ${name(a.objective)}`),
      });
    }
  }
  out.push({ kind: 'heading', level: 3, text: 'Objectives by perspective' });
  for (const p of sc.perspectives) {
    const ps = score?.perspectives.find((x) => x.id === p.id);
    out.push({
      kind: 'heading',
      level: 4,
      text: `${p.name}${ps === undefined ? '' : ` — ${scoreCell(ps.score, ps.status)}`}`,
    });
    const objectives = sc.objectives.filter((o) => o.perspective === p.id);
    if (objectives.length === 0) out.push({ kind: 'paragraph', text: 'No objectives.' });
    for (const o of objectives) {
      const os = byId.get(o.id);
      const meta = [
        os === undefined ? null : scoreCell(os.score, os.status),
        o.owner === null ? null : `owner ${o.owner}`,
        o.parent === null ? null : `part of ${name(o.parent)}`,
      ].filter((t) => t !== null);
      out.push({
        kind: 'paragraph',
        text: `${o.name}${meta.length === 0 ? '' : ` (${meta.join('; ')})`}${o.description === null ? '' : `. ${o.description}`}`,
      });
      if (o.kpis.length > 0) {
        out.push({
          kind: 'table',
          head: ['Measure', 'Type', 'Baseline', 'Target', 'Latest', 'Score'],
          rows: o.kpis.map((k) => {
            const ks = os?.kpis.find((x) => x.id === k.id);
            return [
              k.name,
              k.indicator ?? '',
              k.baseline === null ? '' : withUnit(formatNumber(k.baseline), k.unit),
              formatTarget(k.target, k.unit, k.optimization, k.baseline),
              formatValue(ks?.value ?? null, k.unit),
              ks === undefined ? '' : scoreCell(ks.score, ks.status),
            ];
          }),
        });
      }
      if (o.initiatives.length > 0) {
        out.push({
          kind: 'list',
          items: o.initiatives.map((n) => {
            const facts = [
              n.status,
              n.owner,
              n.progress === null ? null : `${Math.round(n.progress * 100)}% done`,
              n.due === null ? null : `due ${n.due}`,
              n.budget === null ? null : `budget ${formatNumber(n.budget)}`,
            ].filter((t) => t !== null);
            return `Initiative: ${n.name} (${facts.join(', ')})`;
          }),
        });
      }
    }
  }
  if (sc.links.length > 0) {
    out.push({ kind: 'heading', level: 3, text: 'Cause and effect' });
    out.push({
      kind: 'list',
      items: sc.links.map(
        (l) =>
          `${name(l.from)} → ${name(l.to)}${l.hypothesis === null ? '' : `: ${l.hypothesis}`}${formatLagText(l.lag)}`,
      ),
    });
  }
  const cascade = cascadeItems(strategy, sc);
  if (cascade.length > 0) {
    out.push({ kind: 'heading', level: 3, text: 'Cascade' });
    out.push({ kind: 'list', items: cascade });
  }
  if (score !== null) {
    out.push({ kind: 'heading', level: 3, text: 'Current scores' });
    out.push({
      kind: 'table',
      head: ['Perspective', 'Score', 'Status'],
      rows: [
        ...score.perspectives.map((p) => [p.name, formatScore(p.score), p.status]),
        ['Scorecard', formatScore(score.score), score.status],
      ],
    });
  }
  return out;
}

/** This scorecard's objectives that contribute upwards, and those elsewhere that contribute to it. */
function cascadeItems(strategy: Strategy, sc: Scorecard): string[] {
  const label = (scorecard: string, objective: string) => {
    const s = strategy.scorecards.find((x) => x.id === scorecard);
    return `${s?.name ?? scorecard} / ${s?.objectives.find((o) => o.id === objective)?.name ?? objective}`;
  };
  const up = sc.objectives.flatMap((o) =>
    o.contributesTo === null
      ? []
      : [`${o.name} contributes to ${label(o.contributesTo.scorecard, o.contributesTo.objective)}`],
  );
  const down = strategy.scorecards.flatMap((other) =>
    other.objectives.flatMap((o) =>
      o.contributesTo?.scorecard === sc.id
        ? [`${label(other.id, o.id)} contributes to ${label(sc.id, o.contributesTo.objective)}`]
        : [],
    ),
  );
  return [...up, ...down];
}

function objectiveScores(score: ScorecardScore | null): Map<string, ObjectiveScore> {
  const map = new Map<string, ObjectiveScore>();
  const visit = (o: ObjectiveScore) => {
    map.set(o.id, o);
    o.objectives.forEach(visit);
  };
  for (const p of score?.perspectives ?? []) p.objectives.forEach(visit);
  return map;
}
