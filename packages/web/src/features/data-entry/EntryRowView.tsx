import { Anchor, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { memo, type ClipboardEvent } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatValue } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';
import { cellState, initialDraft, type Draft } from './entry-draft.ts';
import type { EntryRow } from './entry-rows.ts';
import { isMultiCellPaste } from './paste.ts';

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

/** One KPI of the grid: value and comment inputs, with the cell's error under it. */
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
  const errorId = `entry-error-${index}`;
  const pasteMany = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!isMultiCellPaste(text)) return;
    event.preventDefault();
    onPaste(index, text);
  };
  return (
    <Table.Tr data-dirty={state.dirty || undefined} data-kpi={row.kpi}>
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
      <Table.Td>
        <TextInput
          size="xs"
          value={draft.value}
          placeholder={row.unit ?? 'value'}
          aria-label={`Value of ${row.name} for ${periodLabel(row.period)}`}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          data-col="value"
          data-row={index}
          inputMode="decimal"
          autoComplete="off"
          onChange={(event) => onDraft(draftKey, { ...draft, value: event.currentTarget.value })}
          onPaste={pasteMany}
          styles={{
            input: {
              textAlign: 'right',
              fontWeight: state.dirty ? 600 : undefined,
              borderColor: error
                ? 'var(--mantine-color-error)'
                : state.dirty
                  ? 'var(--mantine-primary-color-filled)'
                  : undefined,
            },
          }}
        />
        {error && (
          <Text id={errorId} size="xs" c="red" mt={2} role="alert">
            {error}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          value={draft.comment}
          placeholder="Comment (optional)"
          aria-label={`Comment on ${row.name} for ${periodLabel(row.period)}`}
          data-col="comment"
          data-row={index}
          autoComplete="off"
          onChange={(event) => onDraft(draftKey, { ...draft, comment: event.currentTarget.value })}
        />
      </Table.Td>
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
