import type { Clause } from './clause.ts';
import {
  ACTION_NOUNS,
  ACTION_PHRASES,
  ACTION_VERBS,
  BUILD_VERBS,
  CHANGE_VERBS,
  INTERNAL_NOUNS,
} from './lexicon-action.ts';
import { CUSTOMER_NOUNS } from './lexicon-actors.ts';
import { OUTCOME_VERBS } from './lexicon-outcome.ts';
import { ABSTRACT_NOUNS } from './lexicon-vague.ts';
import { firstMatch } from './phrases.ts';

/** Why a statement reads as the organisation's action; null when it does not. */
export interface ActionEvidence {
  readonly reason: string;
}

/** Verbs of delivering to the customer: in the organisation's voice they still state value. */
const DELIVERY_VERBS = new Set([
  'provide',
  'offer',
  'deliver',
  'ensure',
  'give',
  'guarantee',
  'be',
]);

export function detectAction(clause: Clause, namesOutcome: boolean): ActionEvidence | null {
  const { verb, object, speaker } = clause;
  if (speaker === 'customer') return null;
  if (verb !== null) {
    // "Recruit new members" is an acquisition outcome, not a to-do item.
    if (OUTCOME_VERBS[verb] !== undefined && object.some((t) => CUSTOMER_NOUNS.has(t.lemma))) {
      return null;
    }
    if (ACTION_VERBS.has(verb)) return { reason: `"${verb}" is something the organisation does` };
    if (BUILD_VERBS.has(verb) && !object.some((t) => ABSTRACT_NOUNS.has(t.lemma))) {
      return { reason: `"${verb} …" describes something the organisation builds` };
    }
    const internal = object.find((t) => INTERNAL_NOUNS.has(t.lemma));
    // "Increase uptake of the youth programme": the change is to an outcome, not to our means.
    if (CHANGE_VERBS.has(verb) && internal !== undefined && !namesOutcome) {
      return { reason: `"${internal.text}" is the organisation's own means, not a customer need` };
    }
    if (speaker === 'organisation' && !DELIVERY_VERBS.has(verb)) {
      return { reason: 'it is written as what "we" will do' };
    }
    return null;
  }
  // An action noun heads its phrase ("CRM implementation", "Roll-out of kiosks"); used as a
  // modifier ("opening hours", "marketing funds") it describes something else.
  const noun = object.find(
    (t, i) =>
      (ACTION_NOUNS.has(t.lemma) || ACTION_NOUNS.has(t.normal)) &&
      !(object[i + 1]?.tags.has('Noun') ?? false),
  );
  if (noun !== undefined) return { reason: `"${noun.text}" names an action of the organisation` };
  const phrase = firstMatch(object, ACTION_PHRASES);
  if (phrase !== null)
    return { reason: `"${phrase.phrase.join(' ')}" is the organisation's means` };
  return null;
}
