import { objectiveId, scorecardId } from '../model/ids.ts';
import type { Objective, Scorecard, Strategy } from '../model/strategy.ts';
import { checkStrategyFormulas } from '../formulas/strategy-formulas.ts';
import { describeSpan } from '../formulas/errors.ts';
import { findCycles } from '../graph/cycles.ts';
import type { BuildContext } from './build-kpi.ts';
import { buildStrategyLint } from './build-lint.ts';
import { buildScorecard, type PendingContribution } from './build-scorecard.ts';
import { closest } from './closest.ts';
import { IdScope } from './id-scope.ts';
import type { PathSegments } from './issue-collector.ts';
import { isObject, objectsOf, str } from './raw.ts';

/**
 * Builds the model from a parsed document, with every default applied, and checks everything the
 * shape alone cannot: ids, references, cycles, period keys and KPI scales. Reads defensively, so
 * it reports these problems even when the shape check also failed.
 */
export function buildStrategy(data: unknown, ctx: BuildContext): Strategy {
  const root = isObject(data) ? data : {};
  const scope = new IdScope('scorecard', ctx.issues);
  const pending: PendingContribution[] = [];
  const scorecards = objectsOf(root['scorecards']).flatMap((item, i) => {
    if (!isObject(item)) return [];
    const path = ['scorecards', i];
    return [buildScorecard(item, scope.claim(item, path), path, ctx, pending)];
  });
  const resolved = resolveContributions(scorecards, pending, ctx);
  checkRollupCycles(resolved, pending, ctx);
  const strategy: Strategy = {
    version: 1,
    organization: str(root, 'organization'),
    scorecards: resolved,
    lint: buildStrategyLint(root['lint'], ['lint'], ctx),
  };
  checkFormulas(strategy, ctx);
  return strategy;
}

/** Formula problems at the KPI's `formula`, saying where inside the formula they are. */
function checkFormulas(strategy: Strategy, ctx: BuildContext): void {
  for (const p of checkStrategyFormulas(strategy)) {
    const [s, o, k] = p.site.at;
    const path = ['scorecards', s, 'objectives', o, 'kpis', k, 'formula'];
    const where = p.code === 'CYCLE' ? 'formula' : `formula ${describeSpan(p.span)}`;
    ctx.issues.addWithin(p.code, path, p.span.start, `${where}: ${p.message}`, p.hint);
  }
}

function resolveContributions(
  scorecards: Scorecard[],
  pending: readonly PendingContribution[],
  ctx: BuildContext,
): Scorecard[] {
  const byId = new Map(scorecards.map((s) => [s.id as string, s]));
  const resolved = new Map<string, Objective['contributesTo']>();
  for (const item of pending) {
    const [scorecardKey = '', objectiveKey = ''] = item.target.split('/');
    const target = byId.get(scorecardKey);
    if (target === undefined) {
      const guess = closest(scorecardKey, [...byId.keys()]);
      ctx.issues.add(
        'BROKEN_REFERENCE',
        item.path,
        `no scorecard "${scorecardKey}" in this file`,
        guess === null ? 'expected <scorecardId>/<objectiveId>' : `did you mean "${guess}"?`,
      );
      continue;
    }
    if (target.id === item.scorecard) {
      ctx.issues.add(
        'BROKEN_REFERENCE',
        item.path,
        `"${item.target}" is in the same scorecard`,
        'use parent for a sub-objective of the same scorecard; contributesTo is for cascading to another scorecard',
      );
      continue;
    }
    if (!target.objectives.some((o) => o.id === objectiveKey)) {
      const guess = closest(
        objectiveKey,
        target.objectives.map((o) => o.id),
      );
      ctx.issues.add(
        'BROKEN_REFERENCE',
        item.path,
        `scorecard "${scorecardKey}" has no objective "${objectiveKey}"`,
        guess === null ? null : `did you mean "${scorecardKey}/${guess}"?`,
      );
      continue;
    }
    resolved.set(`${item.scorecard}/${item.objective}`, {
      scorecard: scorecardId(scorecardKey),
      objective: objectiveId(objectiveKey),
    });
  }
  if (resolved.size === 0) return scorecards;
  return scorecards.map((s) => ({
    ...s,
    objectives: s.objectives.map((o) => {
      const ref = resolved.get(`${s.id}/${o.id}`);
      return ref === undefined ? o : { ...o, contributesTo: ref };
    }),
  }));
}

/**
 * A score rolls up along `parent` and `contributesTo`; a cycle through either would make an
 * objective part of its own score, so both are checked as one graph.
 */
function checkRollupCycles(
  scorecards: readonly Scorecard[],
  pending: readonly PendingContribution[],
  ctx: BuildContext,
): void {
  const edges = new Map<string, string[]>();
  const parentPaths = new Map<string, PathSegments>();
  scorecards.forEach((s, i) => {
    s.objectives.forEach((o, j) => {
      const key = `${s.id}/${o.id}`;
      const out: string[] = [];
      // A self-parent is reported where it is read; skip it here to report it once.
      if (o.parent !== null && o.parent !== o.id) {
        out.push(`${s.id}/${o.parent}`);
        parentPaths.set(key, ['scorecards', i, 'objectives', j, 'parent']);
      }
      if (o.contributesTo !== null)
        out.push(`${o.contributesTo.scorecard}/${o.contributesTo.objective}`);
      edges.set(key, out);
    });
  });
  const contributionPaths = new Map(pending.map((p) => [`${p.scorecard}/${p.objective}`, p.path]));
  for (const cycle of findCycles(edges.keys(), (node) => edges.get(node) ?? [])) {
    const first = cycle[0]!;
    const second = cycle[1 % cycle.length]!;
    const viaParent = edges.get(first)?.[0] === second && parentPaths.has(first);
    const path = (viaParent ? parentPaths.get(first) : contributionPaths.get(first)) ?? [];
    ctx.issues.add(
      'CYCLE',
      path,
      `objectives roll up into themselves: ${[...cycle, first].join(' → ')}`,
      'an objective cannot count towards its own score; remove one parent or contributesTo in the cycle',
    );
  }
}
