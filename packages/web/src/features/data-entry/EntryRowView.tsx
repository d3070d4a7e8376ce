import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { memo } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatValue } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';
import { ComputedCell } from './ComputedCell.tsx';
import { EntryCells } from './EntryCells.tsx';
import { cellState, initialDraft, type Draft } from './entry-draft.ts';
import type { EntryRow } from './entry-rows.ts';

/** "2026-06-30" → "30 Jun 2026", read in UTC so every time zone shows the same day. */
function formatDay(key: string): string {
  const date = new Date(`${key}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return key;
  return date.toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
}

export interface EntryRowProps {
  readonly row: EntryRow;
  readonly index: number;
  /** Undefined until the row is edited: the inputs then show what is stored. */
  readonly draft: Draft | undefined;
  readonly viewed: string;
  readonly kpiHref: string;
  readonly objectiveHref: string;
  /** The server refused this KPI's value in the last save. */
  readonly serverError: string | null;
  readonly saved: boolean;
  readonly onDraft: (key: string, draft: Draft) => void;
  readonly onPaste: (index: number, text: string) => void;
  readonly draftKey: string;
}

/**
 * One KPI of the grid: value and comment inputs, with the cell's error under it; a calculated
 * KPI's computed value instead, read-only.
 */
export const EntryRowView = memo(function EntryRowView({
  row,
  index,
  draft: edited,
  viewed,
  kpiHref,
  objectiveHref,
  serverError,
  saved,
  onDraft,
  onPaste,
  draftKey,
}: EntryRowProps) {
  const draft = edited ?? initialDraft(row);
  const state = cellState(row, draft);
  const error = state.error ?? serverError;
  return (
    <Table.Tr
      data-dirty={state.dirty || undefined}
      data-kpi={row.kpi}
      data-calculated={row.calculated || undefined}
    >
      <Table.Td>
        <Stack gap={0}>
          <Anchor component={Link} to={kpiHref} size="sm" fw={500}>
            {row.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {row.frequency}
            {row.period !== viewed ? ` · for ${periodLabel(row.period)}` : ''}
            {row.dueBy ? ` · due ${formatDay(row.dueBy)}` : ''}
            {row.owner ? ` · ${row.owner}` : ''}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={objectiveHref} size="sm" c="dimmed" lineClamp={2}>
          {row.objectiveName}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{row.unit ?? '–'}</Text>
      </Table.Td>
      <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
        {row.last ? (
          <Stack gap={0} align="flex-end">
            <Text size="sm">{formatValue(row.last.value, row.unit)}</Text>
            <Text size="xs" c="dimmed">
              {periodLabel(row.last.period)}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            none
          </Text>
        )}
      </Table.Td>
      {row.calculated ? (
        <>
          <Table.Td>
            <ComputedCell row={row} />
          </Table.Td>
          <Table.Td>
            <Text size="xs" c="dimmed">
              Computed from its formula
            </Text>
          </Table.Td>
        </>
      ) : (
        <EntryCells
          row={row}
          index={index}
          draft={draft}
          error={error}
          dirty={state.dirty}
          draftKey={draftKey}
          onDraft={onDraft}
          onPaste={onPaste}
        />
      )}
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <StatusBadge
            status={row.status}
            score={row.score === null ? undefined : row.score}
            size="sm"
            tt="none"
          />
          {saved && !state.dirty && (
            <Text span c="teal" lh={0} title="Saved">
              <IconCheck size={16} aria-label="Saved" />
            </Text>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
});
