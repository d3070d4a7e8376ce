import { Table, Text } from '@mantine/core';
import { memo } from 'react';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatScore, formatValue } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';
import type { RowContext } from './row-context.ts';
import { NameCell, TargetCell, WeightCell } from './RowCells.tsx';
import type { VisibleRow } from './table-view.ts';
import classes from './table.module.css';
import { TrendCell } from './TrendCell.tsx';

export type { RowContext } from './row-context.ts';

/** One table row; memoised, so editing or folding one row does not re-render 450 others. */
export const TableRowView = memo(TableRowViewInner, sameRow);

interface RowProps {
  readonly row: VisibleRow;
  readonly ctx: RowContext;
}

/** Rows are rebuilt on every fold; what they show is equal when these are. */
function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.ctx === b.ctx &&
    a.row.node === b.row.node &&
    a.row.depth === b.row.depth &&
    a.row.match === b.row.match &&
    a.row.open === b.row.open &&
    a.row.hasChildren === b.row.hasChildren
  );
}

function TableRowViewInner({ row, ctx }: RowProps) {
  const { node } = row;
  const rowClass =
    node.kind === 'scorecard'
      ? classes.scorecard
      : node.kind === 'perspective'
        ? classes.perspective
        : undefined;
  return (
    <Table.Tr className={rowClass} data-kind={node.kind} data-key={node.key}>
      <Table.Td className={row.match ? undefined : classes.context}>
        <NameCell row={row} ctx={ctx} />
      </Table.Td>
      <Table.Td className={classes.numeric}>
        {node.kind === 'kpi' ? formatValue(node.value, node.unit) : ''}
      </Table.Td>
      <Table.Td className={classes.numeric}>
        <TargetCell node={node} ctx={ctx} />
      </Table.Td>
      <Table.Td className={classes.numeric}>{formatScore(node.score)}</Table.Td>
      <Table.Td>
        <StatusBadge status={node.status} size="sm" tt="none" />
      </Table.Td>
      <Table.Td>
        {node.kind !== 'contributor' && (
          <TrendCell series={ctx.trendOf(node)} periods={ctx.trendPeriods} />
        )}
      </Table.Td>
      <Table.Td className={classes.numeric}>
        <WeightCell node={node} ctx={ctx} />
      </Table.Td>
      <Table.Td>
        <Text
          size="sm"
          c={node.owner ? undefined : 'dimmed'}
          truncate
          title={node.owner ?? undefined}
        >
          {node.owner ?? (node.kind === 'kpi' || node.kind === 'objective' ? '–' : '')}
        </Text>
      </Table.Td>
      <Table.Td>
        {node.kind === 'kpi' && (
          <Text
            size="sm"
            c={node.lastPeriod ? undefined : 'dimmed'}
            style={{ whiteSpace: 'nowrap' }}
          >
            {node.lastPeriod ? periodLabel(node.lastPeriod) : 'never'}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
