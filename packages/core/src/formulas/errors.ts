import type { Span } from './ast.ts';

/** A problem in a formula's text, at a span of it: thrown by the parser, collected by checks. */
export class FormulaError extends Error {
  constructor(
    message: string,
    readonly span: Span,
    readonly hint: string | null = null,
  ) {
    super(message);
    this.name = 'FormulaError';
  }
}

/** A problem as validation reports it: the message says where inside the formula (1-based). */
export interface FormulaProblem {
  readonly message: string;
  readonly hint: string | null;
  readonly span: Span;
}

export function problemAt(message: string, span: Span, hint: string | null = null): FormulaProblem {
  return { message, hint, span };
}

/** "at character 7" or "at characters 7–12" of the formula, counted from 1. */
export function describeSpan(span: Span): string {
  const first = span.start + 1;
  const last = Math.max(first, span.end);
  return last === first ? `at character ${first}` : `at characters ${first}–${last}`;
}
