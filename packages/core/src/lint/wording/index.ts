import { readClause, type Clause } from './clause.ts';
import { detectAction, type ActionEvidence } from './detect-action.ts';
import { detectOutcome, type OutcomeEvidence } from './detect-outcome.ts';
import { detectPerception, type PerceptionEvidence } from './detect-perception.ts';
import { detectVague, type VagueEvidence } from './detect-vague.ts';
import { ACTION_VERBS, BUILD_VERBS, CHANGE_VERBS } from './lexicon-action.ts';
import { OUTCOME_VERBS } from './lexicon-outcome.ts';
import { VAGUE_VERBS } from './lexicon-vague.ts';
import { tokenize } from './tokens.ts';

export type { ActionEvidence, OutcomeEvidence, PerceptionEvidence, VagueEvidence };

/** Everything the wording rules need to know about one objective statement. */
export interface WordingAnalysis {
  readonly clause: Clause;
  readonly action: ActionEvidence | null;
  readonly outcome: OutcomeEvidence | null;
  readonly vague: VagueEvidence | null;
  readonly perception: PerceptionEvidence | null;
}

const KNOWN_VERBS: ReadonlySet<string> = new Set([
  ...ACTION_VERBS,
  ...BUILD_VERBS,
  ...CHANGE_VERBS,
  ...VAGUE_VERBS,
  ...Object.keys(OUTCOME_VERBS),
  'offer',
  'give',
  'guarantee',
  'help',
  'enable',
  'support',
  'serve',
  'respond',
  'resolve',
  'shorten',
  'speed',
  'protect',
  'secure',
  'save',
  'win back',
]);

// Linting re-reads the same names (every rule, every run in an editor); analysis is pure.
const cache = new Map<string, WordingAnalysis>();

export function analyseWording(text: string): WordingAnalysis {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const clause = readClause(tokenize(text), KNOWN_VERBS);
  const outcome = detectOutcome(clause);
  const analysis: WordingAnalysis = {
    clause,
    action: detectAction(clause, outcome !== null),
    outcome,
    vague: detectVague(clause, text),
    perception: detectPerception(clause, text),
  };
  if (cache.size > 5000) cache.clear();
  cache.set(text, analysis);
  return analysis;
}
