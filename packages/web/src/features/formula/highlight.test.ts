import { describe, expect, it } from 'vitest';
import { highlightPieces } from './highlight.ts';

const kinds = (text: string) =>
  highlightPieces(text, [])
    .filter((p) => p.text.trim() !== '')
    .map((p) => `${p.kind}:${p.text}`);

describe('highlightPieces', () => {
  it('colours references, functions, numbers, keywords and operators', () => {
    expect(kinds('round([orders] / [visits] * 100, 1) and not 2')).toEqual([
      'function:round',
      'operator:(',
      'reference:[orders]',
      'operator:/',
      'reference:[visits]',
      'operator:*',
      'number:100',
      'operator:,',
      'number:1',
      'operator:)',
      'keyword:and',
      'keyword:not',
      'number:2',
    ]);
  });

  it('copes with half-typed text: an open reference, an unknown name, a stray character', () => {
    expect(kinds('avgg([ord')).toEqual(['text:avgg', 'operator:(', 'reference:[ord']);
    expect(kinds('[a] = 1')).toEqual(['reference:[a]', 'text:=', 'number:1']);
  });

  it('keeps every character, so the mirror reads exactly like the field', () => {
    const text = '  [a]+ 2 &';
    expect(
      highlightPieces(text, [])
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it("marks exactly a problem's characters, cutting a token where the span ends", () => {
    const pieces = highlightPieces('[orders] / [vists]', [{ start: 11, end: 15 }]);
    expect(pieces.filter((p) => p.problem).map((p) => p.text)).toEqual(['[vis']);
    expect(pieces.map((p) => p.text).join('')).toBe('[orders] / [vists]');
  });

  it('shows a problem at the very end (the formula ends too early) on a trailing space', () => {
    const pieces = highlightPieces('[a] +', [{ start: 5, end: 5 }]);
    expect(pieces.at(-1)).toEqual({ text: ' ', kind: 'text', problem: true });
  });
});
