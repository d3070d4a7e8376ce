import type { Category, RawFinding, RuleContext, Severity } from '../types.ts';
import { customerObjectives, quote, wordingOf } from './helpers.ts';

export const id = 'outcome-as-objective';
export const severity: Severity = 'warning';
export const category: Category = 'wording';
export const description =
  'A desired business outcome (market share, retention, acquisition, satisfaction, profitability, revenue) is written as a customer objective.';

export function check({ scorecard, hasChildren }: RuleContext): RawFinding[] {
  return customerObjectives(scorecard).flatMap((o) => {
    const outcome = wordingOf(o).outcome;
    // An umbrella ("Add and retain high-value customers") is fine once specific
    // sub-objectives say which needs deliver it.
    if (outcome === null || hasChildren(o)) return [];
    return [
      {
        objective: o.id,
        message: `${quote(o.name)} names a business outcome (${outcome.term}), not a customer need.`,
        why: 'Outcomes such as retention or market share are results of meeting needs. As objectives they say what we want from customers, and nothing about what customers must get from us.',
        suggestion: `Measure ${outcome.outcome ?? outcome.term} as a lagging KPI, and ask which customer need must be satisfied to achieve it (e.g. better quality, timely service); make that need the objective.`,
        fix: {
          kind: 'move-to-kpi',
          objective: o.id,
          kpi: { name: kpiName(o.name), indicator: 'lagging', outcome: outcome.outcome },
        },
      },
    ];
  });
}

/** "Increase market share in retail" → "Market share in retail": a measure has no verb. */
function kpiName(name: string): string {
  const stripped = name
    .replace(
      /^(to\s+)?(increase|improve|grow|raise|boost|reduce|lower|achieve|maximi[sz]e|drive|win|attract|retain|keep|gain|add)\s+(the\s+|our\s+)?/i,
      '',
    )
    .trim();
  const text = stripped === '' ? name : stripped;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
