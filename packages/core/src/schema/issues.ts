/**
 * A problem found in a strategy file. Every issue names where it is (the path in the document
 * and, for text input, the line and column) and what was expected, so a user can fix the file
 * without guessing. Validation reports every issue at once, never only the first.
 */
export const FILE_ISSUE_CODES = [
  'SYNTAX', // not parseable YAML or JSON
  'INVALID_TYPE', // wrong type or value for a field
  'REQUIRED', // a required field is missing
  'UNKNOWN_KEY', // a key the format does not define (typos never pass silently)
  'INVALID_PERIOD', // a period key that is not one of the period formats
  'DUPLICATE_ID', // two things of one kind share an id in the same scope
  'BROKEN_REFERENCE', // a reference to an id that does not exist
  'CYCLE', // a cycle in `parent` or `contributesTo`, or between calculated KPIs
  'FORMULA', // a KPI formula that does not parse, calls a function wrongly, or has values
  'INVALID_SCALE', // a KPI scale that cannot be scored (scoring.md §2)
  'TOO_MANY', // a limit such as at most 8 perspectives
  'TOO_LARGE', // a document that expands past what a file of its size can hold (YAML aliases)
] as const;
export type FileIssueCode = (typeof FILE_ISSUE_CODES)[number];

export interface FileIssue {
  readonly code: FileIssueCode;
  /** Dotted path with indexes, e.g. `scorecards[0].objectives[3].kpis[1].target`; '' for the root. */
  readonly path: string;
  /** 1-based; null when the input was not text (an object from the API) or the place is unknown. */
  readonly line: number | null;
  readonly column: number | null;
  /** What is wrong, including what was expected. */
  readonly message: string;
  /** How to fix it, when there is more to say than the message. */
  readonly hint: string | null;
}

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly FileIssue[] };

/** Formats a path segment list as `scorecards[0].objectives[3].name`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
