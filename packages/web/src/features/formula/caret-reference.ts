/**
 * The reference being typed at the caret: after a `[` that no `]` has closed yet, the text up to
 * the caret is what the completion list filters by. Works on half-typed text, which the parser
 * refuses (an unclosed reference), so it reads the characters itself.
 */

/** A reference under construction: `[` at `start`, replaced up to `end` when one is picked. */
export interface OpenReference {
  readonly start: number;
  readonly end: number;
  /** What was typed after the `[`, up to the caret: "ord", "sales/ord". */
  readonly query: string;
}

// Characters of ids (the file's id rule), the scorecard separator and spaces around it.
const REFERENCE_TEXT = /^[A-Za-z0-9._\-/ ]*$/;
const REST_OF_ID = /^[A-Za-z0-9._\-/]*\]?/;

export function openReferenceAt(text: string, caret: number): OpenReference | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('[');
  if (start < 0) return null;
  const typed = before.slice(start + 1);
  // A `]` closed it, or an operator or bracket after it means the caret is past the reference.
  if (!REFERENCE_TEXT.test(typed)) return null;
  // Picking inside an existing reference replaces the rest of it too, with its `]`.
  const rest = REST_OF_ID.exec(text.slice(caret))?.[0] ?? '';
  return { start, end: caret + rest.length, query: typed.trim() };
}

/** The text with the reference `[inner]` in place of the open one, and the caret after it. */
export function insertReference(
  text: string,
  open: OpenReference,
  inner: string,
): { readonly text: string; readonly caret: number } {
  const written = `[${inner}]`;
  return {
    text: text.slice(0, open.start) + written + text.slice(open.end),
    caret: open.start + written.length,
  };
}
