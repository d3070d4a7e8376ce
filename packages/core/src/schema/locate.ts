import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { PathSegments, RawIssue } from './issue-collector.ts';
import { formatPath, type FileIssue } from './issues.ts';

/**
 * Finds line and column for issues in the original text. Only runs when a file is invalid, so the
 * fast loader stays fast; the `yaml` library keeps source positions (and reads JSON too).
 */
export function locateIssues(text: string | null, raw: readonly RawIssue[]): FileIssue[] {
  const located = text === null ? null : indexText(text);
  return raw.map((issue) => {
    const pos =
      located === null ? null : locate(located, issue.segments, issue.atKey, issue.within);
    return {
      code: issue.code,
      path: formatPath(issue.segments),
      line: pos?.line ?? null,
      column: pos?.col ?? null,
      message: issue.message,
      hint: issue.hint,
    };
  });
}

interface IndexedText {
  readonly text: string;
  readonly root: Node | null;
  readonly lines: LineCounter;
}

function indexText(text: string): IndexedText {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, schema: 'core' });
  return { text, root: doc.contents ?? null, lines };
}

/** Walks the path as far as it exists; a missing field points at its nearest existing parent. */
function locate(
  text: IndexedText,
  segments: PathSegments,
  atKey: boolean,
  within: number | undefined,
): { line: number; col: number } | null {
  let node: Node | null = text.root;
  let offset = node?.range?.[0] ?? null;
  for (const [i, segment] of segments.entries()) {
    if (node === null) break;
    const isLast = i === segments.length - 1;
    if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      node = isNode(item) ? item : null;
      if (node?.range) offset = node.range[0];
    } else if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (pair === undefined) break;
      const keyNode = pair.key as Node;
      const valueNode = isNode(pair.value) ? pair.value : null;
      node = valueNode;
      const target = isLast && atKey ? keyNode : (valueNode ?? keyNode);
      if (target.range) offset = target.range[0];
    } else {
      break;
    }
  }
  if (offset === null) return null;
  const inner =
    within === undefined || node === null ? null : offsetWithin(text.text, node, within);
  return text.lines.linePos(inner ?? offset);
}

/**
 * The source offset of character `within` of a scalar's trimmed value, when the source spells
 * the value out character for character (one line, no escapes before that point); else null,
 * and the issue points at the value's start.
 */
function offsetWithin(text: string, node: Node, within: number): number | null {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return null;
  const value = node.value;
  const lead = value.length - value.trimStart().length;
  const quote = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
  if (node.type !== 'PLAIN' && quote === 0) return null;
  const start = node.range[0] + quote;
  // Up to and including the character itself; a problem at the very end points just past it.
  const length = Math.min(lead + within + 1, value.length);
  return text.slice(start, start + length) === value.slice(0, length)
    ? start + lead + within
    : null;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}
