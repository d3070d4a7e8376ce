import nlp from 'compromise';

/** One word of a statement, with what compromise knows about it. */
export interface Token {
  readonly text: string;
  /** Lower case, punctuation stripped. */
  readonly normal: string;
  /** The lemma: singular noun, infinitive verb (compromise's root, else the normal form). */
  readonly lemma: string;
  readonly tags: ReadonlySet<string>;
}

interface TermJson {
  text: string;
  normal?: string;
  root?: string;
  tags?: string[];
}

/**
 * Tokenises with compromise for part of speech and lemma. Hyphenated words come back as their
 * parts ("world-class" → world, class), which is what the phrase lexicons expect.
 */
export function tokenize(text: string): Token[] {
  const doc = nlp(text);
  doc.compute('root');
  const sentences = doc.json() as { terms: TermJson[] }[];
  const out: Token[] = [];
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      const normal = (term.normal ?? term.text).toLowerCase().replace(/[^a-z0-9%'-]/g, '');
      if (normal === '' || normal === '-') continue;
      const cleaned = normal.replace(/-$/, '').replace(/'s$|'$/, '');
      out.push({
        text: term.text,
        normal: cleaned,
        lemma: lemmaOf(cleaned, (term.root ?? cleaned).toLowerCase()),
        tags: new Set(term.tags ?? []),
      });
    }
  }
  return out;
}

/** British spellings fold to one lemma so the lexicons list each word once. */
function lemmaOf(normal: string, root: string): string {
  const base = root.replace(/[^a-z0-9-]/g, '') || normal;
  return base.replace(/(i)s(e|ed|es|ing|ation)$/, '$1z$2').replace(/programme$/, 'program');
}

export function isVerb(token: Token): boolean {
  return token.tags.has('Verb') && !token.tags.has('Auxiliary') && !token.tags.has('Modal');
}
