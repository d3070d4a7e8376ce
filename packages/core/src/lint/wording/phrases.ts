import type { Token } from './tokens.ts';

/** A phrase as a list of lemmas; `*` matches any one word (for "number of * customers"). */
export type Phrase = readonly string[];

export const phrases = (...list: string[]): Phrase[] => list.map((p) => p.split(' '));

/** Index of the first occurrence of `phrase` in the lemmas (or normals), or -1. */
export function findPhrase(tokens: readonly Token[], phrase: Phrase, from = 0): number {
  outer: for (let i = from; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      const want = phrase[j]!;
      const t = tokens[i + j]!;
      if (want !== '*' && want !== t.lemma && want !== t.normal) continue outer;
    }
    return i;
  }
  return -1;
}

/** The first phrase of the list found, with where it starts. */
export function firstMatch(
  tokens: readonly Token[],
  list: readonly Phrase[],
): { phrase: Phrase; at: number } | null {
  let best: { phrase: Phrase; at: number } | null = null;
  for (const phrase of list) {
    const at = findPhrase(tokens, phrase);
    if (at >= 0 && (best === null || at < best.at)) best = { phrase, at };
  }
  return best;
}

export const has = (tokens: readonly Token[], words: ReadonlySet<string>): boolean =>
  tokens.some((t) => words.has(t.lemma) || words.has(t.normal));
