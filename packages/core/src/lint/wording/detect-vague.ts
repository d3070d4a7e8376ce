import type { Clause } from './clause.ts';
import {
  ABSTRACT_ACTORS,
  ABSTRACT_NOUNS,
  VAGUE_ADJECTIVES,
  VAGUE_PHRASES,
  VAGUE_VERBS,
} from './lexicon-vague.ts';
import { firstMatch } from './phrases.ts';

export interface VagueEvidence {
  readonly term: string;
}

/** Digits, percentages and time units make a statement specific enough to measure. */
const SPECIFIC =
  /\d|%|\b(hours?|days?|minutes?|weeks?|same-day|next-day|first (call|visit|time))\b/i;

export function detectVague(clause: Clause, text: string): VagueEvidence | null {
  const { tokens, verb, object } = clause;
  const phrase = firstMatch(tokens, VAGUE_PHRASES);
  if (phrase !== null) {
    return {
      term: tokens
        .slice(phrase.at, phrase.at + phrase.phrase.length)
        .map((t) => t.text)
        .join(' '),
    };
  }
  if (SPECIFIC.test(text)) return null;
  // A praising adjective on an abstract noun: "strong relationships", "a great partner".
  for (let i = 0; i + 1 < tokens.length; i++) {
    const adjective = tokens[i]!;
    if (!VAGUE_ADJECTIVES.has(adjective.lemma) && !VAGUE_ADJECTIVES.has(adjective.normal)) continue;
    const noun = tokens
      .slice(i + 1, i + 3)
      .find((t) => ABSTRACT_NOUNS.has(t.lemma) || ABSTRACT_ACTORS.has(t.lemma));
    if (noun !== undefined) return { term: `${adjective.text} ${noun.text}` };
  }
  // "Be a leading university": praise for the organisation as a whole.
  if (
    (verb === 'be' || verb === 'become') &&
    object.some((t) => VAGUE_ADJECTIVES.has(t.lemma) || VAGUE_ADJECTIVES.has(t.normal))
  ) {
    return { term: `${verb} ${object.map((t) => t.text).join(' ')}` };
  }
  // A verb asking for more of an abstraction: "Strengthen partnerships with dealers".
  const abstract = object.slice(0, 3).find((t) => ABSTRACT_NOUNS.has(t.lemma));
  if (verb !== null && VAGUE_VERBS.has(verb) && abstract !== undefined) {
    return { term: `${verb} ${abstract.text}` };
  }
  // A bare abstraction as the whole objective: "Partnership", "Customer engagement".
  if (verb === null && tokens.length <= 3 && abstract !== undefined) return { term: abstract.text };
  return null;
}
