import type { Clause } from './clause.ts';
import {
  BRAND_ATTRIBUTES,
  NOT_PERCEPTION_BEFORE,
  PERCEPTION_EXEMPT_AFTER,
  PERCEPTION_EXEMPT_BEFORE,
  PERCEPTION_PHRASES,
} from './lexicon-perception.ts';
import { findPhrase } from './phrases.ts';

export interface PerceptionEvidence {
  readonly term: string;
  /** The statement with the perception wrapper removed, when that is mechanical. */
  readonly substance: string | null;
}

export function detectPerception(clause: Clause, text: string): PerceptionEvidence | null {
  const { tokens } = clause;
  for (const phrase of PERCEPTION_PHRASES) {
    const at = findPhrase(tokens, phrase);
    if (at < 0) continue;
    const before = tokens[at - 1];
    const after = tokens[at + phrase.length];
    const brand = before !== undefined && PERCEPTION_EXEMPT_BEFORE.has(before.lemma);
    if (brand && BRAND_ATTRIBUTES.has(tokens[at]!.lemma)) continue;
    if (before !== undefined && NOT_PERCEPTION_BEFORE.has(before.normal)) continue;
    if (after !== undefined && PERCEPTION_EXEMPT_AFTER.has(after.lemma)) continue;
    // "Look" and "appear" are perception only as "look/appear + adjective or like".
    if (
      (phrase[0] === 'look' || phrase[0] === 'appear') &&
      !(after?.tags.has('Adjective') || after?.normal === 'like')
    )
      continue;
    const term = tokens
      .slice(at, at + phrase.length)
      .map((t) => t.text)
      .join(' ');
    return { term, substance: withoutWrapper(text) };
  }
  return null;
}

const WRAPPERS: readonly [RegExp, string][] = [
  [
    /\b(the |a )?(public |customer |citizens'? |patients'? )?(perception|sense|feeling|image) of\s+/i,
    '',
  ],
  [/\bperceived\s+/i, ''],
  [/\b(be |being )?(seen|viewed|regarded|recogni[sz]ed|known|thought of) as\b/i, 'be'],
  [/\breputation for\b/i, ''],
  [/\bfeel(s)? (safe|secure)\b/i, 'are $2'],
];

/** "Increase perception of safety" → "Increase safety"; null when no wrapper is recognised. */
function withoutWrapper(text: string): string | null {
  for (const [pattern, replacement] of WRAPPERS) {
    if (pattern.test(text)) {
      const out = text.replace(pattern, replacement).replace(/\s+/g, ' ').trim();
      return out.charAt(0).toUpperCase() + out.slice(1);
    }
  }
  return null;
}
