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

  get isEmpty(): boolean {
    return this.issues.length === 0;
  }
}
