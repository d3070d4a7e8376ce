/**
 * The formula split into coloured pieces for its mirror, with the characters of each problem
 * marked. It must cope with any half-typed text, so it classifies characters itself (a light
 * scan, for colour only); what is valid is the server's check, shown through the problem spans.
 */
import { FORMULA_FUNCTIONS } from '@bearing/core';

export type PieceKind = 'reference' | 'function' | 'number' | 'keyword' | 'operator' | 'text';

export interface Piece {
  readonly text: string;
  readonly kind: PieceKind;
  /** Inside the span of a problem: underlined. */
  readonly problem: boolean;
}

export interface ProblemSpan {
  readonly start: number;
  readonly end: number;
}

const RULES: readonly (readonly [RegExp, PieceKind])[] = [
  [/^\[[^[\]]*\]?/, 'reference'],
  [/^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/, 'number'],
  [/^[A-Za-z_][A-Za-z0-9_]*/, 'text'],
  [/^(?:==|!=|<=|>=|[-+*/%^<>(),])/, 'operator'],
];
const KEYWORDS = new Set(['and', 'or', 'not']);

function classify(text: string): { text: string; kind: PieceKind }[] {
  const out: { text: string; kind: PieceKind }[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    let piece: { text: string; kind: PieceKind } = { text: text[i]!, kind: 'text' };
    for (const [pattern, kind] of RULES) {
      const match = pattern.exec(rest);
      if (match === null) continue;
      piece = { text: match[0], kind };
      if (kind === 'text') {
        const lower = match[0].toLowerCase();
        if (KEYWORDS.has(lower)) piece = { text: match[0], kind: 'keyword' };
        else if (Object.hasOwn(FORMULA_FUNCTIONS, lower))
          piece = { text: match[0], kind: 'function' };
      }
      break;
    }
    out.push(piece);
    i += piece.text.length;
  }
  return out;
}

/**
 * The pieces in order; their texts join to the formula. A problem at one point (the formula ends
 * too early) marks the character there, or a trailing space when it is at the very end, so it
 * can still be seen.
 */
export function highlightPieces(text: string, problems: readonly ProblemSpan[]): Piece[] {
  const spans = problems.map((p) => (p.end > p.start ? p : { start: p.start, end: p.start + 1 }));
  const shown = spans.some((s) => s.end > text.length) ? `${text} ` : text;
  const marked = (at: number) => spans.some((s) => at >= s.start && at < s.end);
  const pieces: Piece[] = [];
  let at = 0;
  for (const token of classify(shown)) {
    // Cut each token where a problem starts or stops, so only its characters are marked.
    let from = 0;
    for (let k = 1; k <= token.text.length; k++) {
      if (k < token.text.length && marked(at + k) === marked(at + from)) continue;
      pieces.push({
        text: token.text.slice(from, k),
        kind: token.kind,
        problem: marked(at + from),
      });
      from = k;
    }
    at += token.text.length;
  }
  return pieces;
}
