import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { isApiError } from '../../api/client.ts';
import { useScorecard, useScores } from '../../api/queries.ts';
import { NoDataYet } from '../dashboard/NoDataYet.tsx';
import type { ScorecardScore } from '../../api/types.ts';
import { scorecardUrl, usePeriod, useScorecardParams } from '../../app/url-state.ts';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { periodLabel } from '../../lib/periods.ts';
import { ScorecardTreeTable } from './ScorecardTreeTable.tsx';
import { TableToolbar } from './TableToolbar.tsx';
import type { RowContext } from './TableRowView.tsx';
import { buildTree, countRows, EMPTY_DETAIL, indexDetail, type TableNode } from './table-tree.ts';
import { formatSort, nextSort, parseSort } from './table-url.ts';
import {
  ALL_FOLDED,
  ALL_OPEN,
  filterTree,
  flattenRows,
  isFiltering,
  NO_FILTER,
  sortTree,
  toggleRow,
  type Filter,
  type SortColumn,
} from './table-view.ts';
import { useRowEdits } from './use-row-edits.ts';
import { useTableState } from './use-table-state.ts';
import { useTrends } from './use-trends.ts';

/** /w/:ws/s/:sc/table — the scorecard as a sortable, filterable, foldable tree table. */
export function ScorecardTablePage() {
  const { ws, sc } = useScorecardParams();
  const [period] = usePeriod();
  const scores = useScores(ws, sc, period);
  if (isApiError(scores.error) && scores.error.code === 'NO_DATA') {
    return <NoDataYet params={{ ws, sc }} />;
  }
  return (
    <QueryState query={scores} label="the scorecard">
      {(tree) => <ScorecardTable tree={tree} />}
    </QueryState>
  );
}

function ScorecardTable({ tree }: { tree: ScorecardScore }) {
  const { ws, sc } = useScorecardParams();
  const [period] = usePeriod();
  const detail = useScorecard(ws, sc).data;
  const trends = useTrends(ws, sc, tree.period).data ?? null;
  const edits = useRowEdits(ws, sc);
  const [state, update] = useTableState();

  const info = useMemo(() => (detail ? indexDetail(detail) : EMPTY_DETAIL), [detail]);
  const root = useMemo(() => buildTree(tree, info), [tree, info]);
  // Keyed by their URL text: the state objects are new after every URL change (a fold), the
  // sort and filter are not, and re-sorting would give every row a new node to re-render.
  const sortText = formatSort(state.sort);
  const sorted = useMemo(() => sortTree(root, parseSort(sortText)), [root, sortText]);
  const filtering = isFiltering(state.filter);
  const filterText = JSON.stringify(state.filter);
  const filtered = useMemo(
    () => filterTree(sorted, JSON.parse(filterText) as Filter),
    [sorted, filterText],
  );
  const rows = useMemo(
    () => (filtered ? flattenRows(filtered, state.expansion, filtering) : []),
    [filtered, state.expansion, filtering],
  );
  const total = useMemo(() => countRows(root), [root]);

  const onToggle = useCallback(
    (key: string) => update((current) => ({ expansion: toggleRow(current.expansion, key) })),
    [update],
  );

  const ctx = useMemo<RowContext>(() => {
    const search = { period };
    return {
      linkOf: (node: TableNode) => {
        if (node.kind === 'objective')
          return scorecardUrl({ ws, sc }, `objectives/${encodeURIComponent(node.id)}`, search);
        if (node.kind === 'kpi')
          return scorecardUrl({ ws, sc }, `kpis/${encodeURIComponent(node.id)}`, search);
        if (node.kind === 'contributor') {
          return scorecardUrl(
            { ws, sc: node.scorecard },
            `objectives/${encodeURIComponent(node.id)}`,
            search,
          );
        }
        return null;
      },
      trendOf: (node: TableNode) => {
        if (trends === null) return undefined;
        if (node.kind === 'kpi') return trends.kpis[node.id];
        if (node.kind === 'objective') return trends.objectives[node.id];
        if (node.kind === 'perspective') return trends.perspectives?.[node.id];
        if (node.kind === 'scorecard') return trends.score;
        return undefined;
      },
      trendPeriods: trends?.periods ?? [],
      onToggle,
      canFold: !filtering,
      canEdit: edits.canEdit,
      save: edits.save,
      kpiRecords: edits.kpiRecords,
    };
  }, [sc, ws, period, trends, onToggle, filtering, edits.canEdit, edits.save, edits.kpiRecords]);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{tree.name}</Title>
          <Text size="sm" c="dimmed">
            Scorecard as of {periodLabel(tree.period)} · click a weight or target to change it
          </Text>
        </div>
        <StatusBadge status={tree.status} score={tree.score} size="lg" />
      </Group>
      <TableToolbar
        filter={state.filter}
        onFilter={(filter) => update({ filter })}
        onExpandAll={() => update({ expansion: ALL_OPEN })}
        onCollapseAll={() => update({ expansion: ALL_FOLDED })}
        canFold={!filtering}
        shown={rows.length}
        total={total}
      />
      {filtered === null ? (
        <Alert icon={<IconFilterOff />} title="Nothing matches the filters" color="gray">
          <Button size="xs" variant="light" onClick={() => update({ filter: NO_FILTER })}>
            Clear the filters
          </Button>
        </Alert>
      ) : (
        <ScorecardTreeTable
          rows={rows}
          ctx={ctx}
          sort={state.sort}
          onSort={(column: SortColumn) => update({ sort: nextSort(state.sort, column) })}
        />
      )}
      <ConflictDialog
        conflict={edits.conflict}
        onKeepMine={edits.keepMine}
        onUseTheirs={edits.keepTheirs}
      />
    </Stack>
  );
}
