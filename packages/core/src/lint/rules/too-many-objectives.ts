import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';

export const id = 'too-many-objectives';
export const severity: Severity = 'warning';
export const category: Category = 'execution';
export const description =
  'Objective sprawl: more objectives on one map (default 20) or in one perspective (default 6) than a team can focus on. Options: maxPerScorecard, maxPerPerspective.';

export const DEFAULTS = { maxPerScorecard: 20, maxPerPerspective: 6 };

function limit(options: Readonly<Record<string, unknown>>, key: keyof typeof DEFAULTS): number {
  const value = options[key];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULTS[key];
}

export function check({ scorecard, options }: RuleContext): RawFinding[] {
  // Sub-objectives decompose a map objective; they do not add boxes to the map.
  const onMap = scorecard.objectives.filter((o) => o.parent === null);
  const maxMap = limit(options, 'maxPerScorecard');
  const maxPerspective = limit(options, 'maxPerPerspective');
  const why =
    'A strategy is a choice. With too many objectives nothing gets attention, reviews turn into status reports and the few objectives that matter are lost among the rest.';
  const findings: RawFinding[] = [];
  if (onMap.length > maxMap) {
    findings.push({
      message: `The map has ${onMap.length} objectives (more than ${maxMap}).`,
      why,
      suggestion:
        'Keep the objectives that carry the strategy; move the rest to department scorecards (cascading), make them sub-objectives, or turn them into KPIs or initiatives.',
    });
  }
  for (const p of scorecard.perspectives) {
    const count = onMap.filter((o) => o.perspective === p.id).length;
    if (count > maxPerspective) {
      findings.push({
        message: `The ${p.name} perspective has ${count} objectives (more than ${maxPerspective}).`,
        why,
        suggestion: `Merge related objectives in ${p.name} under an umbrella objective, or cascade the detailed ones to departments.`,
      });
    }
  }
  return findings;
}
