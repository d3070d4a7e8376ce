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
    const pos = located === null ? null : locate(located, issue.segments, issue.atKey);
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
  readonly root: Node | null;
  readonly lines: LineCounter;
}

function indexText(text: string): IndexedText {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, schema: 'core' });
  return { root: doc.contents ?? null, lines };
}

/** Walks the path as far as it exists; a missing field points at its nearest existing parent. */
function locate(
  text: IndexedText,
  segments: PathSegments,
  atKey: boolean,
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
  return offset === null ? null : text.lines.linePos(offset);
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}
