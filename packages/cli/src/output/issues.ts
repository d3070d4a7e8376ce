import type { FileIssue } from '@bearing/core';
import type { Colors } from './colors.ts';
import { plural } from './format.ts';

/**
 * Issues in the `file:line:column` form that editors and terminals turn into links, then the path
 * in the document, the stable code, the message, and the hint on its own indented line.
 */
export function formatIssues(file: string, issues: readonly FileIssue[], colors: Colors): string {
  const lines = byPosition(issues).map((issue) => formatIssue(file, issue, colors));
  const summary = colors.red(`✖ ${plural(issues.length, 'problem')} in ${file}`);
  return `${lines.join('')}\n${summary}\n`;
}

export function formatIssue(file: string, issue: FileIssue, colors: Colors): string {
  const head = [
    colors.bold(location(file, issue)),
    colors.cyan(issue.path === '' ? '(root)' : issue.path),
    colors.red(issue.code),
    issue.message,
  ].join('  ');
  return issue.hint ? `${head}\n    ${colors.dim(`hint: ${issue.hint}`)}\n` : `${head}\n`;
}

function location(file: string, issue: FileIssue): string {
  if (issue.line === null) return file;
  return issue.column === null ? `${file}:${issue.line}` : `${file}:${issue.line}:${issue.column}`;
}

/** In file order, as an editor shows them; issues without a place (not from text) go last. */
function byPosition(issues: readonly FileIssue[]): FileIssue[] {
  const key = (n: number | null) => n ?? Number.MAX_SAFE_INTEGER;
  return [...issues].sort((a, b) => key(a.line) - key(b.line) || key(a.column) - key(b.column));
}
