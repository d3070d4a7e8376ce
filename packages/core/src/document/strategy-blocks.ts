import type { Scorecard, Strategy } from '../model/strategy.ts';
import type { ObjectiveScore, ScorecardScore } from '../scoring/types.ts';
import type { EvidenceReport } from '../evidence/types.ts';
import type { Block } from './block.ts';
import { evidenceBlocks } from './evidence-blocks.ts';
import { customerBlocks } from './customer-blocks.ts';
import {
  formatLagText,
  formatNumber,
  formatScore,
  formatTarget,
  formatValue,
  scoreCell,
  withUnit,
} from './format.ts';

/**
 * The document's blocks: a title, the "as of" line, then one section per documented scorecard
 * (every scorecard unless `documented` names fewer). The whole strategy stays in view, so a
 * cascade to a scorecard outside the document is still named.
 */
export function strategyBlocks(
  strategy: Strategy,
  scores: readonly ScorecardScore[],
  period: string | null,
  documented: readonly Scorecard[] = strategy.scorecards,
  evidence: readonly EvidenceReport[] = [],
): Block[] {
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 1,
      text: `${documentTitle(strategy, documented)}: strategy document`,
    },
    {
      kind: 'paragraph',
      text:
        period === null
          ? 'No KPI values yet: scores will appear once values are entered.'
          : `Scores as of ${period}.`,
    },
  ];
  for (const scorecard of documented) {
    blocks.push(
      ...scorecardBlocks(
        strategy,
        scorecard,
        scores.find((s) => s.id === scorecard.id) ?? null,
        evidence.find((e) => e.scorecard === scorecard.id),
      ),
    );
  }
  return blocks;
}

/** The organisation, else the first documented scorecard's name. */
export function documentTitle(strategy: Strategy, documented: readonly Scorecard[]): string {
  return strategy.organization ?? documented[0]?.name ?? 'Strategy';
}

function scorecardBlocks(
  strategy: Strategy,
  sc: Scorecard,
  score: ScorecardScore | null,
  evidence: EvidenceReport | undefined,
): Block[] {
  const name = (id: string) => sc.objectives.find((o) => o.id === id)?.name ?? id;
  const out: Block[] = [{ kind: 'heading', level: 2, text: sc.name }];
  const facts = [sc.description, sc.owner === null ? null : `Owner: ${sc.owner}.`].filter(
    (t) => t !== null,
  );
  if (facts.length > 0) out.push({ kind: 'paragraph', text: facts.join(' ') });
  out.push(...customerBlocks(sc, name));
  out.push(...objectiveBlocks(sc, score, name));
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
  out.push(...evidenceBlocks(evidence, name));
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

/** Objectives by perspective, each with its measures (a table) and initiatives (a list). */
function objectiveBlocks(
  sc: Scorecard,
  score: ScorecardScore | null,
  name: (id: string) => string,
): Block[] {
  const byId = objectiveScores(score);
  const out: Block[] = [{ kind: 'heading', level: 3, text: 'Objectives by perspective' }];
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
              // A calculated KPI says what it is computed from, so the reader can check it.
              typeof k.formula === 'string' ? `${k.name} (= ${k.formula})` : k.name,
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
