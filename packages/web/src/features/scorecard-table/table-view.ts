/**
 * Sorting, filtering and folding the scorecard tree into the rows on screen. Pure, so it is tested
 * without React and memoised in three steps (sort → filter → flatten) that each rerun only when
 * their own input changes.
 */
import { parsePeriod } from '@bearing/core';
import type { Status } from '../../api/types.ts';
import type { RowKind, TableNode } from './table-tree.ts';

export const SORT_COLUMNS = ['name', 'score', 'status', 'weight', 'owner', 'updated'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface Sort {
  readonly column: SortColumn;
  readonly descending: boolean;
}

export interface Filter {
  /** Case-insensitive text within a name; a match shows the node's descendants too. */
  readonly text: string;
  /** Empty: every status. */
  readonly statuses: readonly Status[];
  readonly overdueOnly: boolean;
}

export const NO_FILTER: Filter = { text: '', statuses: [], overdueOnly: false };

export function isFiltering(filter: Filter): boolean {
  return filter.text.trim() !== '' || filter.statuses.length > 0 || filter.overdueOnly;
}

/** Worst first, so "status ascending" puts the red rows on top; no data last. */
const STATUS_RANK: Readonly<Record<Status, number>> = { red: 0, amber: 1, green: 2, none: 3 };

/** Siblings are sorted within their kind: an objective's KPIs stay above its sub-objectives. */
const KIND_RANK: Readonly<Record<RowKind, number>> = {
  scorecard: 0,
  perspective: 0,
  kpi: 0,
  objective: 1,
  contributor: 2,
};

type Key = string | number | null;

function sortKey(node: TableNode, column: SortColumn): Key {
  switch (column) {
    case 'name':
      return node.name.toLocaleLowerCase();
    case 'score':
      return node.score;
    case 'status':
      return node.status === 'none' ? null : STATUS_RANK[node.status];
    case 'weight':
      return node.weight;
    case 'owner':
      return node.owner?.toLocaleLowerCase() ?? null;
    case 'updated': {
      // By the day the period ends: "2026-Q2" and "2026-06" are equally recent.
      const parsed = node.lastPeriod === null ? null : parsePeriod(node.lastPeriod);
      return parsed?.ok ? parsed.period.end : null;
    }
  }
}

const collator = new Intl.Collator('en', { numeric: true });

function compareKeys(a: Key, b: Key): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Sorts every node's children. Missing values (no score, no owner) go last in both directions:
 * sorting by score descending should show the best scores, not the blanks. Ties keep file order.
 */
export function sortTree(node: TableNode, sort: Sort | null): TableNode {
  if (node.children.length === 0 || sort === null) return node;
  const keyed = node.children.map((child, index) => ({
    child: sortTree(child, sort),
    index,
    key: sortKey(child, sort.column),
  }));
  keyed.sort((a, b) => {
    const kind = KIND_RANK[a.child.kind] - KIND_RANK[b.child.kind];
    if (kind !== 0) return kind;
    if (a.key === null || b.key === null) {
      return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
    }
    const order = compareKeys(a.key, b.key);
    return (sort.descending ? -order : order) || a.index - b.index;
  });
  return { ...node, children: keyed.map((k) => k.child) };
}

/** A node kept by the filter; `match` is false for ancestors shown only as context. */
export interface FilteredNode {
  readonly node: TableNode;
  readonly match: boolean;
  readonly children: readonly FilteredNode[];
}

function ownMatch(node: TableNode, filter: Filter, textMatched: boolean): boolean {
  if (!textMatched) return false;
  if (filter.statuses.length > 0 && !filter.statuses.includes(node.status)) return false;
  if (filter.overdueOnly && !node.overdue) return false;
  return true;
}

/**
 * Keeps the nodes that match every filter, and the ancestors that lead to them. The scorecard
 * row always stays, as the table's total. Returns null when nothing matches below the root.
 */
export function filterTree(root: TableNode, filter: Filter): FilteredNode | null {
  const needle = filter.text.trim().toLocaleLowerCase();
  const walk = (node: TableNode, ancestorMatched: boolean): FilteredNode | null => {
    const textMatched =
      needle === '' || ancestorMatched || node.name.toLocaleLowerCase().includes(needle);
    const children: FilteredNode[] = [];
    for (const child of node.children) {
      const kept = walk(child, needle !== '' && textMatched);
      if (kept !== null) children.push(kept);
    }
    const match = ownMatch(node, filter, textMatched);
    if (!match && children.length === 0) return null;
    return { node, match, children };
  };
  const rootChildren: FilteredNode[] = [];
  for (const child of root.children) {
    const kept = walk(child, false);
    if (kept !== null) rootChildren.push(kept);
  }
  if (rootChildren.length === 0 && isFiltering(filter)) return null;
  return { node: root, match: !isFiltering(filter), children: rootChildren };
}

/**
 * Which rows are open. `all`: everything open except `except`; `none`: everything folded except
 * `except`. Two modes keep the URL short both after "collapse all" and after closing one row.
 */
export interface Expansion {
  readonly mode: 'all' | 'none';
  readonly except: ReadonlySet<string>;
}

export const ALL_OPEN: Expansion = { mode: 'all', except: new Set() };
export const ALL_FOLDED: Expansion = { mode: 'none', except: new Set() };

export function isOpen(expansion: Expansion, key: string): boolean {
  return expansion.except.has(key) === (expansion.mode === 'none');
}

export function toggleRow(expansion: Expansion, key: string): Expansion {
  const except = new Set(expansion.except);
  if (except.has(key)) except.delete(key);
  else except.add(key);
  return { mode: expansion.mode, except };
}

export interface VisibleRow {
  readonly node: TableNode;
  readonly depth: number;
  readonly match: boolean;
  readonly hasChildren: boolean;
  readonly open: boolean;
}

/**
 * The rows on screen, top to bottom. The scorecard row is always open (it is the total). While a
 * filter is active every kept row is shown open, so a match is never hidden inside a folded row.
 */
export function flattenRows(root: FilteredNode, expansion: Expansion, filtering: boolean) {
  const rows: VisibleRow[] = [];
  const walk = (item: FilteredNode, depth: number) => {
    const hasChildren = item.children.length > 0;
    const open =
      hasChildren &&
      (item.node.kind === 'scorecard' || filtering || isOpen(expansion, item.node.key));
    rows.push({ node: item.node, depth, match: item.match, hasChildren, open });
    if (open) for (const child of item.children) walk(child, depth + 1);
  };
  walk(root, 0);
  return rows;
}
