import type { Strategy } from '../model/strategy.ts';
import { parseStrategyText } from '../schema/parse.ts';

/** A scorecard with every report section filled: a red KPI with a comment, an overdue one, an initiative, a customer section. */
export const REPORT_YAML = `bearing: 1
organization: Northwind Outdoor
scorecards:
  - id: corp
    name: Corporate scorecard
    customer:
      stakeholders:
        - {id: hikers, name: Weekend hikers, needs: [Gear that lasts]}
    objectives:
      - id: revenue
        name: Grow profitable revenue
        perspective: financial
        kpis:
          - {id: rev, name: Revenue, unit: kEUR, baseline: 400, target: 500, values: {"2026-05": 440, "2026-06": 470}}
      - id: quality
        name: Provide high product quality
        perspective: customer
        kpis:
          - id: returns
            name: Return rate
            unit: "%"
            optimization: minimize
            baseline: 6
            target: 2
            values:
              "2026-04": {value: 5, comment: Old complaint}
              "2026-05": 4
              "2026-06": {value: 5.8, comment: Zipper batch failed}
              "2026-07": {value: 5.9, comment: From the future}
      - id: skills
        name: Build product skills
        perspective: learning
        kpis:
          - {id: training, name: Training hours, unit: h, baseline: 0, target: 40, frequency: quarterly, values: {"2025-Q4": 10}}
        initiatives:
          - {id: academy, name: Product academy, budget: 200, spent: 120, progress: 0.5, status: at-risk}
    links:
      - {from: skills, to: quality}
      - {from: quality, to: revenue}
`;

export function reportStrategy(yaml = REPORT_YAML): Strategy {
  const parsed = parseStrategyText(yaml, 'yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}
