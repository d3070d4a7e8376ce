import { describe, expect, it } from 'vitest';
import {
  kpiScore,
  objectiveScore,
  perspectiveScore,
  scorecardScore,
} from '../../test/score-fixtures.ts';
import { buildTree, EMPTY_DETAIL } from './table-tree.ts';
import {
  ALL_FOLDED,
  ALL_OPEN,
  filterTree,
  flattenRows,
  NO_FILTER,
  sortTree,
  toggleRow,
  type Filter,
} from './table-view.ts';

const root = buildTree(
  scorecardScore([
    perspectiveScore('financial', [
      objectiveScore('revenue', {
        name: 'Grow revenue',
        score: 0.9,
        kpis: [
          kpiScore('sales', { name: 'Sales', score: 0.3 }),
          kpiScore('margin', { name: 'Margin', score: null, overdue: true }),
          kpiScore('price', { name: 'Average price', score: 0.7, weight: 2 }),
        ],
        objectives: [objectiveScore('cost', { name: 'Cut cost', score: 0.2 })],
      }),
      objectiveScore('cash', { name: 'Keep cash', score: null }),
      objectiveScore('assets', { name: 'Use assets', score: 0.6 }),
    ]),
    perspectiveScore('customer', [
      objectiveScore('loyal', {
        name: 'Loyal customers',
        score: 0.85,
        kpis: [kpiScore('nps', { name: 'Net promoter score', score: 0.85 })],
      }),
    ]),
  ]),
  EMPTY_DETAIL,
);

const keys = (filter: Filter, expansion = ALL_OPEN) => {
  const filtered = filterTree(root, filter);
  return filtered
    ? flattenRows(filtered, expansion, filter !== NO_FILTER).map((r) => r.node.key)
    : null;
};
const childIds = (node: { children: readonly { id: string }[] } | undefined) =>
  node?.children.map((c) => c.id);

describe('sortTree', () => {
  it('keeps file order without a sort', () => {
    expect(childIds(sortTree(root, null).children[0])).toEqual(['revenue', 'cash', 'assets']);
  });

  it('sorts siblings by score, with missing scores last in both directions', () => {
    const up = sortTree(root, { column: 'score', descending: false });
    expect(childIds(up.children[0])).toEqual(['assets', 'revenue', 'cash']);
    const down = sortTree(root, { column: 'score', descending: true });
    expect(childIds(down.children[0])).toEqual(['revenue', 'assets', 'cash']);
  });

  it('sorts within each level and keeps KPIs above sub-objectives', () => {
    const sorted = sortTree(root, { column: 'name', descending: false });
    const financial = sorted.children.find((c) => c.id === 'financial');
    const revenue = financial?.children.find((c) => c.id === 'revenue');
    expect(childIds(revenue)).toEqual(['price', 'margin', 'sales', 'cost']);
    expect(childIds(sorted)).toEqual(['customer', 'financial']);
  });

  it('sorts by the newest value period by its end, whatever its kind', () => {
    const withPeriods = {
      ...root,
      children: [
        { ...root.children[0]!, lastPeriod: '2026-Q1' },
        { ...root.children[1]!, lastPeriod: '2026-04' },
      ],
    };
    // As text "2026-Q1" would sort after "2026-04"; by end day April is the newer one.
    const sorted = sortTree(withPeriods, { column: 'updated', descending: true });
    expect(childIds(sorted)).toEqual(['customer', 'financial']);
  });

  it('puts the worst status first when sorting by status', () => {
    const sorted = sortTree(root, { column: 'status', descending: false });
    const revenue = sorted.children[0]?.children.find((c) => c.id === 'revenue');
    expect(childIds(revenue)).toEqual(['sales', 'price', 'margin', 'cost']);
  });
});

describe('filterTree', () => {
  it('keeps every row without a filter', () => {
    expect(keys(NO_FILTER)).toHaveLength(12);
  });

  it('keeps name matches, their ancestors as context, and their descendants', () => {
    const filtered = filterTree(root, { ...NO_FILTER, text: 'revenue' });
    expect(
      filtered && flattenRows(filtered, ALL_OPEN, true).map((r) => [r.node.id, r.match]),
    ).toEqual([
      ['acme', false],
      ['financial', false],
      ['revenue', true],
      ['sales', true],
      ['margin', true],
      ['price', true],
      ['cost', true],
    ]);
  });

  it('matches names case-insensitively', () => {
    expect(keys({ ...NO_FILTER, text: 'NET PROMOTER' })).toEqual([
      's.acme',
      'p.customer',
      'o.loyal',
      'k.nps',
    ]);
  });

  it('filters by status on every level', () => {
    expect(keys({ ...NO_FILTER, statuses: ['red'] })).toEqual([
      's.acme',
      'p.financial',
      'o.revenue',
      'k.sales',
      'o.cost',
    ]);
    expect(keys({ ...NO_FILTER, statuses: ['none', 'green'] })).toEqual([
      's.acme',
      'p.financial',
      'o.revenue',
      'k.margin',
      'o.cash',
      'p.customer',
      'o.loyal',
      'k.nps',
    ]);
  });

  it('shows only overdue KPIs with "overdue only", combined with the other filters', () => {
    expect(keys({ ...NO_FILTER, overdueOnly: true })).toEqual([
      's.acme',
      'p.financial',
      'o.revenue',
      'k.margin',
    ]);
    expect(keys({ ...NO_FILTER, overdueOnly: true, statuses: ['red'] })).toBeNull();
  });

  it('returns null when nothing matches', () => {
    expect(keys({ ...NO_FILTER, text: 'nothing like this' })).toBeNull();
  });
});

describe('folding', () => {
  it('hides the children of a folded row and shows them again when toggled back', () => {
    const folded = toggleRow(ALL_OPEN, 'p.financial');
    expect(keys(NO_FILTER, folded)).toEqual([
      's.acme',
      'p.financial',
      'p.customer',
      'o.loyal',
      'k.nps',
    ]);
    expect(keys(NO_FILTER, toggleRow(folded, 'p.financial'))).toHaveLength(12);
  });

  it('collapses all to the perspectives, and opens rows one at a time from there', () => {
    expect(keys(NO_FILTER, ALL_FOLDED)).toEqual(['s.acme', 'p.financial', 'p.customer']);
    expect(keys(NO_FILTER, toggleRow(ALL_FOLDED, 'p.customer'))).toEqual([
      's.acme',
      'p.financial',
      'p.customer',
      'o.loyal',
    ]);
  });

  it('opens every kept row while a filter is on, so a match is never hidden', () => {
    expect(keys({ ...NO_FILTER, text: 'margin' }, ALL_FOLDED)).toEqual([
      's.acme',
      'p.financial',
      'o.revenue',
      'k.margin',
    ]);
  });

  it('reports whether a row has children and is open', () => {
    const rows = flattenRows(filterTree(root, NO_FILTER)!, toggleRow(ALL_OPEN, 'o.revenue'), false);
    expect(rows.find((r) => r.node.id === 'revenue')).toMatchObject({
      hasChildren: true,
      open: false,
      depth: 2,
    });
    expect(rows.find((r) => r.node.id === 'cash')).toMatchObject({
      hasChildren: false,
      open: false,
    });
  });
});
