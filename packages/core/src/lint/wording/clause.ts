import { CUSTOMER_NOUNS, MODALS, ORGANISATION_NOUNS } from './lexicon-actors.ts';
import { isVerb, type Token } from './tokens.ts';

export type Speaker = 'organisation' | 'customer' | null;

/** The main clause of an objective statement, as far as a rule needs it. */
export interface Clause {
  readonly tokens: readonly Token[];
  /** Who the sentence says acts: "we will …" (organisation), "patients get …" (customer). */
  readonly speaker: Speaker;
  /** Index of the head verb ("Implement" in "Implement a CRM"), or -1 for a noun phrase. */
  readonly verbAt: number;
  /** The head verb's lemma, with its particle ("roll out", "set up"); null for a noun phrase. */
  readonly verb: string | null;
  /** Verbs coordinated with the head: "retain" in "Achieve and retain win-win relations". */
  readonly moreVerbs: readonly string[];
  /** Tokens after the head verb (its object and modifiers); all tokens for a noun phrase. */
  readonly object: readonly Token[];
}

const PARTICLES = new Set(['out', 'up', 'in', 'down', 'off', 'on', 'into']);
const DETERMINERS = new Set(['the', 'our', 'a', 'an', 'its', 'their', 'all', 'more', 'new']);
/**
 * Compromise sometimes tags a title's first word as a noun ("Increase market share"), so a word
 * in any verb lexicon is read as the head verb too.
 */
export function readClause(tokens: readonly Token[], knownVerbs: ReadonlySet<string>): Clause {
  let i = 0;
  let speaker: Speaker = null;
  // "To …" at the start is an infinitive heading: the verb follows.
  if (tokens[0]?.normal === 'to') i = 1;
  // A statement that opens with a verb is imperative: it has no subject to read.
  const opensWithVerb =
    tokens[i] !== undefined &&
    (knownVerbs.has(tokens[i]!.lemma) || (isVerb(tokens[i]!) && !tokens[i]!.tags.has('Noun')));
  const subject = opensWithVerb ? null : readSubject(tokens, i);
  if (subject !== null) {
    speaker = subject.speaker;
    i = subject.next;
  }
  while (i < tokens.length && MODALS.has(tokens[i]!.normal) && i + 1 < tokens.length) i++;
  const head = tokens[i];
  const looksVerb =
    head !== undefined &&
    (isVerb(head)
      ? i === 0 || speaker !== null || knownVerbs.has(head.lemma)
      : knownVerbs.has(head.lemma) && readsAsVerb(head, tokens[i + 1]));
  if (head === undefined || !looksVerb) {
    return { tokens, speaker, verbAt: -1, verb: null, moreVerbs: [], object: tokens.slice(i) };
  }
  const next = tokens[i + 1];
  const withParticle =
    next !== undefined &&
    PARTICLES.has(next.normal) &&
    knownVerbs.has(`${head.lemma} ${next.normal}`);
  const verb = withParticle ? `${head.lemma} ${next.normal}` : head.lemma;
  let rest = i + (withParticle ? 2 : 1);
  const moreVerbs: string[] = [];
  while (tokens[rest]?.normal === 'and' && knownVerbs.has(tokens[rest + 1]?.lemma ?? '')) {
    moreVerbs.push(tokens[rest + 1]!.lemma);
    rest += 2;
  }
  return { tokens, speaker, verbAt: i, verb, moreVerbs, object: tokens.slice(rest) };
}

/**
 * Words that are as often nouns or adjectives ("Open branches", "Close collaboration", "Partner
 * support") are read as a verb only when what follows looks like an object: a determiner, a
 * possessive or a plural noun.
 */
const AMBIGUOUS = new Set([
  'open',
  'close',
  'partner',
  'market',
  'survey',
  'budget',
  'fund',
  'staff',
  'map',
  'target',
  'segment',
  'document',
  'contract',
  'track',
  'audit',
  'pilot',
  'trial',
  'sign',
  'campaign',
  'run',
  'hold',
  'form',
  'design',
  'tender',
  'keep',
  'focus',
  'change',
  'use',
  'value',
  'cut',
  'lower',
  'support',
  'secure',
  'save',
  'protect',
  'increase',
  'grow',
  'win',
  'gain',
]);
const OBJECT_START = new Set(['a', 'an', 'the', 'our', 'their', 'its', 'more', 'new', 'all']);

function readsAsVerb(head: Token, next: Token | undefined): boolean {
  if (!AMBIGUOUS.has(head.lemma) || head.tags.has('Verb')) return true;
  if (next === undefined) return false;
  if (head.lemma === 'increase' || head.lemma === 'grow') return true;
  return OBJECT_START.has(next.normal) || next.tags.has('Plural') || /^\d/.test(next.normal);
}

/** "We", "Our sales team", "The council", "Patients", "Our dealers" … followed by a verb. */
function readSubject(
  tokens: readonly Token[],
  from: number,
): { speaker: Speaker; next: number } | null {
  let i = from;
  while (i < tokens.length && DETERMINERS.has(tokens[i]!.normal) && tokens[i]!.normal !== 'our')
    i++;
  const first = tokens[from];
  if (first === undefined) return null;
  if (first.normal === 'we') return { speaker: 'organisation', next: from + 1 };
  const ours = first.normal === 'our';
  if (ours) i = from + 1;
  // The subject is a short noun phrase; its last noun decides whose voice it is.
  for (let j = i; j < Math.min(tokens.length, i + 4); j++) {
    const t = tokens[j]!;
    const after = tokens[j + 1];
    if (after === undefined) return null;
    const verbFollows = MODALS.has(after.normal) || (isVerb(after) && !after.tags.has('Gerund'));
    if (!verbFollows) continue;
    if (isVerb(t) && !t.tags.has('Noun')) return null;
    if (!t.tags.has('Noun') && !CUSTOMER_NOUNS.has(t.lemma)) return null;
    if (CUSTOMER_NOUNS.has(t.lemma) && !(ours && ORGANISATION_NOUNS.has(t.lemma))) {
      return { speaker: 'customer', next: j + 1 };
    }
    if (ORGANISATION_NOUNS.has(t.lemma) || ours) return { speaker: 'organisation', next: j + 1 };
    return null;
  }
  return null;
}
