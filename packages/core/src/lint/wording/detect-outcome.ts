import type { CustomerOutcome } from '../../model/customer.ts';
import type { Clause } from './clause.ts';
import { CUSTOMER_NOUNS, PARTNER_NOUNS } from './lexicon-actors.ts';
import { NOT_OUTCOME_AFTER, OUTCOME_PHRASES, OUTCOME_VERBS } from './lexicon-outcome.ts';
import { findPhrase } from './phrases.ts';
import type { Token } from './tokens.ts';

export interface OutcomeEvidence {
  /** The words that name the outcome ("market share", "retain … customers"). */
  readonly term: string;
  readonly outcome: CustomerOutcome | null;
}

const FINANCIAL: ReadonlySet<CustomerOutcome | null> = new Set(['profitability', null]);

export function detectOutcome(clause: Clause): OutcomeEvidence | null {
  const { tokens, verb, object } = clause;
  for (const { phrase, outcome } of OUTCOME_PHRASES) {
    let at = findPhrase(tokens, phrase);
    while (at >= 0) {
      const after = tokens[at + phrase.length];
      const usedAsModifier = after !== undefined && NOT_OUTCOME_AFTER.has(after.lemma);
      const theirs =
        FINANCIAL.has(outcome) &&
        (clause.speaker === 'customer' || ownedByCustomer(tokens, at, phrase.length));
      if (!usedAsModifier && !theirs) {
        if (phrase[0] !== 'number' || object.some((t) => CUSTOMER_NOUNS.has(t.lemma))) {
          return {
            term: tokens
              .slice(at, at + phrase.length)
              .map((t) => t.text)
              .join(' '),
            outcome,
          };
        }
      }
      at = findPhrase(tokens, phrase, at + 1);
    }
  }
  // "Add and retain high-value customers": either verb of a coordinated pair may be the outcome.
  for (const v of [verb, ...clause.moreVerbs]) {
    if (v === null || OUTCOME_VERBS[v] === undefined) continue;
    const customer = object.find((t) => CUSTOMER_NOUNS.has(t.lemma));
    if (customer !== undefined) {
      return { term: `${v} … ${customer.text}`, outcome: OUTCOME_VERBS[v] };
    }
  }
  return null;
}

/**
 * "Dealer margins", "profitability of our partners", "help farmers raise their income": the
 * customer's own result is what they want from us, so it is a fair customer objective.
 */
function ownedByCustomer(tokens: readonly Token[], at: number, length: number): boolean {
  const before = tokens.slice(Math.max(0, at - 2), at);
  if (before.some((t) => PARTNER_NOUNS.has(t.lemma) || PARTNER_NOUNS.has(t.normal))) return true;
  const after = tokens.slice(at + length, at + length + 3);
  const preposition = after[0]?.normal;
  return (
    (preposition === 'of' || preposition === 'for') &&
    after.slice(1).some((t) => PARTNER_NOUNS.has(t.lemma))
  );
}
