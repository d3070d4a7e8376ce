import { Table, Text, TextInput } from '@mantine/core';
import type { ClipboardEvent } from 'react';
import { periodLabel } from '../../lib/periods.ts';
import type { Draft } from './entry-draft.ts';
import type { EntryRow } from './entry-rows.ts';
import { isMultiCellPaste } from './paste.ts';

/** The value and comment inputs of a KPI whose values are entered, the cell's error under it. */
export function EntryCells({
  row,
  index,
  draft,
  error,
  dirty,
  draftKey,
  onDraft,
  onPaste,
}: {
  row: EntryRow;
  index: number;
  draft: Draft;
  error: string | null;
  dirty: boolean;
  draftKey: string;
  onDraft: (key: string, draft: Draft) => void;
  onPaste: (index: number, text: string) => void;
}) {
  const errorId = `entry-error-${index}`;
  const pasteMany = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!isMultiCellPaste(text)) return;
    event.preventDefault();
    onPaste(index, text);
  };
  return (
    <>
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
              fontWeight: dirty ? 600 : undefined,
              borderColor: error
                ? 'var(--mantine-color-error)'
                : dirty
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
    </>
  );
}
