import type { CorpusEntry, Label } from '../__fixtures__/objective-corpus.ts';
import { analyseWording } from './index.ts';

export const LABEL_RULES: Readonly<Record<Label, string>> = {
  a: 'customer-objective-is-action',
  o: 'outcome-as-objective',
  v: 'vague-objective',
  p: 'perception-objective',
};

export interface RuleMetrics {
  readonly rule: string;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
}

/** Which wording labels the analysis gives a statement. */
export function predictedLabels(statement: string): Label[] {
  const a = analyseWording(statement);
  const out: Label[] = [];
  if (a.action) out.push('a');
  if (a.outcome) out.push('o');
  if (a.vague) out.push('v');
  if (a.perception) out.push('p');
  return out;
}

export function measure(corpus: readonly CorpusEntry[]): {
  metrics: RuleMetrics[];
  misses: { statement: string; expected: readonly Label[]; got: Label[] }[];
} {
  const counts = new Map<Label, { tp: number; fp: number; fn: number }>();
  const misses: { statement: string; expected: readonly Label[]; got: Label[] }[] = [];
  for (const label of Object.keys(LABEL_RULES) as Label[])
    counts.set(label, { tp: 0, fp: 0, fn: 0 });
  for (const [, statement, expected] of corpus) {
    const got = predictedLabels(statement);
    let wrong = false;
    for (const [label, c] of counts) {
      const e = expected.includes(label);
      const g = got.includes(label);
      if (e && g) c.tp++;
      else if (g) {
        c.fp++;
        wrong = true;
      } else if (e) {
        c.fn++;
        wrong = true;
      }
    }
    if (wrong) misses.push({ statement, expected, got });
  }
  const metrics = [...counts].map(([label, c]) => ({
    rule: LABEL_RULES[label],
    truePositives: c.tp,
    falsePositives: c.fp,
    falseNegatives: c.fn,
    precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
  }));
  return { metrics, misses };
}
