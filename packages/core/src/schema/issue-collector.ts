import type { FileIssueCode } from './issues.ts';

export type PathSegments = readonly (string | number)[];

/** An issue before it is located in the text: the path is still a list of segments. */
export interface RawIssue {
  readonly code: FileIssueCode;
  readonly segments: PathSegments;
  readonly message: string;
  readonly hint: string | null;
  /** Point at the key rather than its value (unknown keys, duplicate ids). */
  readonly atKey: boolean;
  /** A character offset inside the (trimmed) text value, e.g. where a formula goes wrong. */
  readonly within?: number;
}

export class IssueCollector {
  readonly issues: RawIssue[] = [];

  add(
    code: FileIssueCode,
    segments: PathSegments,
    message: string,
    hint: string | null = null,
    atKey = false,
  ): void {
    this.issues.push({ code, segments, message, hint, atKey });
  }

  /** An issue at a character of a text value: located at that character when the text allows. */
  addWithin(
    code: FileIssueCode,
    segments: PathSegments,
    within: number,
    message: string,
    hint: string | null = null,
  ): void {
    this.issues.push({ code, segments, message, hint, atKey: false, within });
  }

  get isEmpty(): boolean {
    return this.issues.length === 0;
  }
}
