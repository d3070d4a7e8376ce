import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { TableRowView, type RowContext } from './TableRowView.tsx';
import type { Sort, SortColumn, VisibleRow } from './table-view.ts';

interface Column {
  readonly label: string;
  readonly sort?: SortColumn;
  readonly numeric?: boolean;
  readonly width?: number;
}

const COLUMNS: readonly Column[] = [
  { label: 'Name', sort: 'name' },
  { label: 'Value', numeric: true, width: 100 },
  { label: 'Target', numeric: true, width: 108 },
  { label: 'Score', sort: 'score', numeric: true, width: 72 },
  { label: 'Status', sort: 'status', width: 112 },
  { label: 'Trend', width: 84 },
  { label: 'Weight', sort: 'weight', numeric: true, width: 76 },
  { label: 'Owner', sort: 'owner', width: 116 },
  { label: 'Last value', sort: 'updated', width: 110 },
];

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: Column;
  sort: Sort | null;
  onSort: (column: SortColumn) => void;
}) {
  const key = column.sort;
  const active = key !== undefined && sort?.column === key;
  const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : undefined;
  let content: ReactNode = column.label;
  if (key !== undefined) {
    const Icon = active ? (sort.descending ? IconArrowDown : IconArrowUp) : IconSelector;
    content = (
      <UnstyledButton
        onClick={() => onSort(key)}
        fw={700}
        fz="sm"
        aria-label={`Sort by ${column.label.toLowerCase()}`}
      >
        <Group gap={4} wrap="nowrap" justify={column.numeric ? 'flex-end' : 'flex-start'}>
          {column.label}
          <Icon size={14} aria-hidden opacity={active ? 1 : 0.45} />
        </Group>
      </UnstyledButton>
    );
  }
  return (
    <Table.Th
      aria-sort={ariaSort}
      style={{
        textAlign: column.numeric ? 'right' : undefined,
        whiteSpace: 'nowrap',
      }}
    >
      {content}
    </Table.Th>
  );
}

/** The scorecard as a tree table: sortable headers, one memoised row component per line. */
export function ScorecardTreeTable({
  rows,
  ctx,
  sort,
  onSort,
}: {
  rows: readonly VisibleRow[];
  ctx: RowContext;
  sort: Sort | null;
  onSort: (column: SortColumn) => void;
}) {
  return (
    // The table scrolls inside its own box, so the sticky header stays in view on long scorecards.
    <Table.ScrollContainer minWidth={1100} maxHeight="calc(100dvh - 230px)" type="native">
      <Table
        verticalSpacing={6}
        layout="fixed"
        highlightOnHover
        stickyHeader
        withTableBorder
        aria-label="Scorecard: perspectives, objectives and KPIs"
      >
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column.label} style={{ width: column.width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((column) => (
              <SortHeader key={column.label} column={column} sort={sort} onSort={onSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <TableRowView key={row.node.key} row={row} ctx={ctx} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
