import type { Objective, Scorecard } from '../../model/strategy.ts';
import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { quote } from './helpers.ts';

export const id = 'unlinked-objective';
export const severity: Severity = 'warning';
export const category: Category = 'cause-effect';
export const description =
  'An objective has no cause-effect path to a financial objective (or, without a financial perspective, to the top perspective), through links, parents or cascading.';

export function check({ scorecard }: RuleContext): RawFinding[] {
  const goals = goalObjectives(scorecard);
  if (goals.size === 0) return [];
  const unlinked = scorecard.objectives.filter((o) => !reachesGoal(scorecard, o, goals));
  if (unlinked.length === 0) return [];
  const top = goalLabel(scorecard);
  // A map with no arrows at all is one problem, not one per objective.
  if (scorecard.links.length === 0 && unlinked.length > 1) {
    return [
      {
        message: `The map has no cause-effect links: ${unlinked.length} objectives have no path to ${top}.`,
        why: 'A strategy map is a chain of hypotheses ("if we improve this, that follows"). Without arrows it is a list of goals, and nothing explains how the objectives below lead to the results at the top.',
        suggestion: `Add links from each objective to the objective it is meant to improve, ending at ${top}.`,
      },
    ];
  }
  return unlinked.map((o) => ({
    objective: o.id,
    message: `${quote(o.name)} has no cause-effect path to ${top}.`,
    why: 'An objective that leads nowhere either is not strategic or its hypothesis is missing from the map; in both cases no one can say why it matters.',
    suggestion: `Link it to the objective it is meant to improve (a link whose chain ends at ${top}), or remove it from the strategy map.`,
  }));
}

function isFinancial(scorecard: Scorecard, perspective: string): boolean {
  const p = scorecard.perspectives.find((x) => x.id === perspective);
  return p !== undefined && (/financ/i.test(p.id) || /financ/i.test(p.name));
}

/** Financial objectives, or for public bodies and non-profits the top perspective's. */
function goalObjectives(scorecard: Scorecard): Set<string> {
  const financial = scorecard.objectives.filter((o) => isFinancial(scorecard, o.perspective));
  if (financial.length > 0) return new Set(financial.map((o) => o.id));
  for (const p of scorecard.perspectives) {
    const top = scorecard.objectives.filter((o) => o.perspective === p.id);
    if (top.length > 0) return new Set(top.map((o) => o.id));
  }
  return new Set();
}

function goalLabel(scorecard: Scorecard): string {
  if (scorecard.objectives.some((o) => isFinancial(scorecard, o.perspective)))
    return 'a financial objective';
  return 'the top perspective';
}

function reachesGoal(scorecard: Scorecard, start: Objective, goals: ReadonlySet<string>): boolean {
  const byId = new Map(scorecard.objectives.map((o) => [o.id as string, o]));
  const seen = new Set<string>();
  const queue: string[] = [start.id];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (goals.has(id)) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    const o = byId.get(id);
    // Cascading into another scorecard connects this objective to that scorecard's map.
    if (o?.contributesTo) return true;
    if (o?.parent) queue.push(o.parent);
    for (const l of scorecard.links) if (l.from === id) queue.push(l.to);
  }
  return false;
}
