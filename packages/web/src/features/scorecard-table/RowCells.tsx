import { ActionIcon, Anchor, Group, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatNumber, formatTarget } from '../../lib/format.ts';
import { EditableCell } from './EditableCell.tsx';
import { editText, isEditableKind, parseTargetEdit, parseWeightEdit } from './edit-input.ts';
import { FlagsCell } from './FlagsCell.tsx';
import type { RowContext } from './row-context.ts';
import type { TableNode } from './table-tree.ts';
import type { VisibleRow } from './table-view.ts';

const INDENT = 20;

const NAME_WEIGHT = {
  scorecard: 700,
  perspective: 650,
  objective: 500,
  contributor: 400,
  kpi: 400,
};

export function NameCell({ row, ctx }: { row: VisibleRow; ctx: RowContext }) {
  const { node } = row;
  const href = ctx.linkOf(node);
  const name = href ? (
    <Anchor component={Link} to={href} size="sm" fw={NAME_WEIGHT[node.kind]} c="inherit">
      {node.name}
    </Anchor>
  ) : (
    <Text size="sm" fw={NAME_WEIGHT[node.kind]}>
      {node.name}
    </Text>
  );
  const foldable = row.hasChildren && node.kind !== 'scorecard' && ctx.canFold;
  return (
    <Group gap={4} wrap="nowrap" pl={Math.max(0, row.depth - 1) * INDENT}>
      {foldable ? (
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          onClick={() => ctx.onToggle(node.key)}
          aria-expanded={row.open}
          aria-label={`${row.open ? 'Collapse' : 'Expand'} ${node.name}`}
        >
          {row.open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
        </ActionIcon>
      ) : (
        <span style={{ width: 22, flexShrink: 0 }} />
      )}
      <div style={{ minWidth: 0 }}>
        <Group gap={6} wrap="wrap" component="span">
          {name}
          <FlagsCell overdue={node.overdue} stale={node.stale} />
        </Group>
        {node.kind === 'contributor' && (
          <Text size="xs" c="dimmed">
            cascaded from {node.scorecard}
          </Text>
        )}
      </div>
    </Group>
  );
}

export function WeightCell({ node, ctx }: { node: TableNode; ctx: RowContext }) {
  if (node.weight === null) return null;
  const display = <Text size="sm">{formatNumber(node.weight)}</Text>;
  const kind = node.kind;
  if (!isEditableKind(kind)) return display;
  return (
    <EditableCell
      label={`weight of ${node.name}`}
      display={display}
      initial={[editText(node.weight)]}
      parse={([text]) => parseWeightEdit(kind, text ?? '')}
      onSave={(body) => ctx.save(kind, node.id, body)}
      disabled={!ctx.canEdit(kind, node.id)}
    />
  );
}

export function TargetCell({ node, ctx }: { node: TableNode; ctx: RowContext }) {
  if (node.kind !== 'kpi') return null;
  const record = ctx.kpiRecords.get(node.id);
  const perPeriod = record !== undefined && Object.keys(record.targets).length > 0;
  const display = (
    <Text
      size="sm"
      title={perPeriod ? 'A per-period target is in force for some periods' : undefined}
    >
      {formatTarget(node.target, node.unit)}
      {perPeriod ? ' *' : ''}
    </Text>
  );
  const stored = record?.target ?? node.target;
  const initial =
    stored !== null && typeof stored !== 'number'
      ? [editText(stored[0]), editText(stored[1])]
      : node.optimization === 'range'
        ? ['', '']
        : [editText(stored)];
  return (
    <EditableCell
      label={`target of ${node.name}`}
      display={display}
      initial={initial}
      parse={parseTargetEdit}
      onSave={(body) => ctx.save('kpi', node.id, body)}
      disabled={!ctx.canEdit('kpi', node.id)}
    />
  );
}
