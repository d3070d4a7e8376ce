import { Badge, Group, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useRef, type FocusEvent, type KeyboardEvent } from 'react';
import type { HistoryPoint } from '../../api/types.ts';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { ValueHistory } from './ValueHistory.tsx';
import { ValueRowActions } from './ValueRowActions.tsx';
import type { ValueChange } from './value-changes.ts';
import type { GridRow } from './value-grid.ts';
import { useValueRow } from './use-value-row.ts';
import { parseKey } from '../../lib/period-range.ts';

const periodKindOf = (key: string): string => parseKey(key)?.kind ?? 'other';

export interface ValueRowProps {
  readonly address: { ws: string; sc: string; kpi: string };
  readonly row: GridRow;
  readonly unit: string | null;
  /** The server's score for the period, when the history has it. */
  readonly point: HistoryPoint | undefined;
  readonly changes: readonly ValueChange[];
  readonly expanded: boolean;
  readonly selected: boolean;
  readonly onToggleHistory: () => void;
  readonly onExplain: () => void;
}

const COLUMNS = 5;

/**
 * One period: value and comment edited in place. Enter (or leaving the row) saves, Escape
 * reverts; a value that is not a number is shown as an error and never sent.
 */
export function ValueRow(props: ValueRowProps) {
  const { row, unit, point, changes, expanded, selected } = props;
  const state = useValueRow({ ...props.address, period: row.period }, row.stored);
  const rowRef = useRef<HTMLTableRowElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      state.save();
    } else if (event.key === 'Escape') {
      state.revert();
    }
  };
  // Leaving the row saves it, like a spreadsheet; moving between its own cells does not.
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && rowRef.current?.contains(next)) return;
    if (state.dirty && !state.saving && !state.conflict) state.save();
  };

  return (
    <>
      <Table.Tr
        ref={rowRef}
        onBlur={onBlur}
        data-period={row.period}
        bg={selected ? 'var(--mantine-color-default-hover)' : undefined}
      >
        <Table.Td>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={selected ? 600 : 400} style={{ whiteSpace: 'nowrap' }}>
              {row.label}
            </Text>
            {!row.regular && (
              <Tooltip label="A value for a period of another length than the KPI's frequency; it counts for the longer periods that hold it">
                <Badge size="xs" variant="outline" color="gray" tt="none">
                  {periodKindOf(row.period)}
                </Badge>
              </Tooltip>
            )}
          </Group>
        </Table.Td>
        <Table.Td w={140}>
          <TextInput
            size="xs"
            value={state.valueText}
            onChange={(e) => state.setValueText(e.currentTarget.value)}
            onKeyDown={onKeyDown}
            error={state.errors.value}
            aria-label={`Value for ${row.label}`}
            placeholder="–"
            inputMode="decimal"
            rightSection={
              unit ? (
                <Text size="xs" c="dimmed">
                  {unit}
                </Text>
              ) : null
            }
            rightSectionPointerEvents="none"
            rightSectionWidth={unit ? Math.max(28, unit.length * 8 + 14) : undefined}
            styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
          />
        </Table.Td>
        <Table.Td>
          <TextInput
            size="xs"
            value={state.commentText}
            onChange={(e) => state.setCommentText(e.currentTarget.value)}
            onKeyDown={onKeyDown}
            error={state.errors.comment}
            aria-label={`Comment for ${row.label}`}
            placeholder="Comment"
          />
        </Table.Td>
        <Table.Td w={176} style={{ whiteSpace: 'nowrap' }}>
          {point && point.status !== 'none' ? (
            <StatusBadge status={point.status} score={point.score} size="sm" />
          ) : (
            <Text size="xs" c="dimmed">
              –
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <ValueRowActions
            label={row.label}
            dirty={state.dirty}
            saving={state.saving}
            deleting={state.deleting}
            stored={row.stored !== null}
            changes={changes.length}
            expanded={expanded}
            onSave={() => state.save()}
            onRevert={state.revert}
            onExplain={props.onExplain}
            onToggleHistory={props.onToggleHistory}
            onDelete={state.remove}
          />
        </Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr>
          <Table.Td colSpan={COLUMNS} bg="var(--mantine-color-default-hover)">
            <ValueHistory changes={changes} stored={row.stored} unit={unit} label={row.label} />
          </Table.Td>
        </Table.Tr>
      )}
      <ConflictDialog
        conflict={state.conflict}
        onKeepMine={state.overwrite}
        onUseTheirs={state.keepTheirs}
      />
    </>
  );
}
