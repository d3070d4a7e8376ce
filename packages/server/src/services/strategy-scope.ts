import {
  DEFAULT_PERSPECTIVES,
  DEFAULT_THRESHOLDS,
  type Objective,
  type PerspectiveId,
  type Scorecard,
  type Strategy,
  scorecardId,
} from '@bearing/core';
import {
  type Executor,
  type ObjectiveRecord,
  getScorecardTree,
  listScorecards,
  listWorkspaceObjectives,
} from '@bearing/db';

/**
 * What a checked write must see of its workspace. Reading everything (values included) costs
 * seconds on a large enterprise, so each write reads what its checks can touch:
 * - one scorecard, in full, for edits that stay inside it (KPIs, initiatives, links,
 *   perspectives, scorecard fields): its cascades out are left out, they are not being changed;
 * - with `cascades`, also the roll-up graph of every other scorecard (objectives with parent and
 *   contributesTo, no KPIs or values) for edits that can break a cascade or close a cycle
 *   through other scorecards (objectives, new scorecards).
 */
export interface CheckScope {
  /** The scorecard being edited; null when a new one is being added. */
  readonly scorecard: string | null;
  readonly cascades: boolean;
  /** More scorecards loaded in full, for an edit batch that spans scorecards (needs `cascades`). */
  readonly also?: readonly string[];
}

export async function loadScope(trx: Executor, workspace: string, scope: CheckScope) {
  const edited =
    scope.scorecard === null ? null : await getScorecardTree(trx, workspace, scope.scorecard);
  if (!scope.cascades) {
    const scorecards = edited === null ? [] : [withoutCascades(edited)];
    return { version: 1, organization: null, scorecards } satisfies Strategy;
  }
  const [scorecards, objectives] = await Promise.all([
    listScorecards(trx, workspace),
    listWorkspaceObjectives(trx, workspace),
  ]);
  const byScorecard = new Map<string, ObjectiveRecord[]>();
  for (const o of objectives) {
    const list = byScorecard.get(o.scorecard);
    if (list === undefined) byScorecard.set(o.scorecard, [o]);
    else list.push(o);
  }
  const also = new Set(scope.also ?? []);
  const graph = await Promise.all(
    scorecards.map((s) =>
      s.id === edited?.id
        ? Promise.resolve(edited)
        : also.has(s.id)
          ? getScorecardTree(trx, workspace, s.id)
          : Promise.resolve(skeleton(s.id, byScorecard.get(s.id) ?? [])),
    ),
  );
  return { version: 1, organization: null, scorecards: graph } satisfies Strategy;
}

function withoutCascades(s: Scorecard): Scorecard {
  return { ...s, objectives: s.objectives.map((o) => ({ ...o, contributesTo: null })) };
}

/** A scorecard as far as references and cycles go: its objectives and the perspectives they use. */
function skeleton(id: string, objectives: readonly ObjectiveRecord[]): Scorecard {
  const used = [...new Set(objectives.map((o) => o.perspective))];
  const perspectives =
    used.length === 0
      ? DEFAULT_PERSPECTIVES
      : used.map((p: PerspectiveId) => ({ id: p, name: p, weight: 1 }));
  return {
    id: scorecardId(id),
    name: id,
    description: null,
    owner: null,
    thresholds: DEFAULT_THRESHOLDS,
    perspectives,
    objectives: objectives.map((o): Objective => ({
      id: o.id,
      name: o.name,
      perspective: o.perspective,
      weight: o.weight,
      rollup: o.rollup,
      owner: null,
      description: null,
      parent: o.parent,
      contributesTo: o.contributesTo,
      kpis: [],
      initiatives: [],
    })),
    links: [],
  };
}
