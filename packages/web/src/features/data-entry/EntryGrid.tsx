import { Table } from '@mantine/core';
import { useRef, type KeyboardEvent } from 'react';
import { scorecardUrl, type ScorecardParams } from '../../app/url-state.ts';
import { draftKey, type Draft, type Drafts } from './entry-draft.ts';
import type { EntryRow } from './entry-rows.ts';
import { EntryRowView } from './EntryRowView.tsx';
import { cellBelow, focusCell } from './grid-keys.ts';

interface EntryGridProps {
  readonly rows: readonly EntryRow[];
  readonly drafts: Drafts;
  readonly viewed: string;
  readonly params: ScorecardParams;
  readonly period: string | null;
  readonly serverErrors: ReadonlyMap<string, string>;
  readonly saved: ReadonlySet<string>;
  readonly onDraft: (key: string, draft: Draft) => void;
  readonly onPaste: (index: number, text: string) => void;
}

/** The KPIs to fill in, one row each; Enter moves down like a spreadsheet. */
export function EntryGrid({
  rows,
  drafts,
  viewed,
  params,
  period,
  serverErrors,
  saved,
  onDraft,
  onPaste,
}: EntryGridProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const next = cellBelow(event.target, event.key, event.shiftKey);
    if (next === null || body.current === null) return;
    event.preventDefault();
    // A calculated KPI's row has no input: go on to the next row that has one.
    const step = event.shiftKey ? -1 : 1;
    for (let row = next.row; row >= 0 && row < rows.length; row += step) {
      if (focusCell(body.current, next.col, row)) return;
    }
  };
  const search = { period };
  return (
    <Table.ScrollContainer minWidth={960} type="native">
      <Table verticalSpacing={6} withTableBorder highlightOnHover layout="fixed">
        <colgroup>
          <col />
          <col style={{ width: 180 }} />
          <col style={{ width: 64 }} />
          <col style={{ width: 110 }} />
          <col style={{ width: 150 }} />
          <col style={{ width: 200 }} />
          <col style={{ width: 184 }} />
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>KPI</Table.Th>
            <Table.Th>Objective</Table.Th>
            <Table.Th>Unit</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Last value</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>Comment</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={body} onKeyDown={onKeyDown}>
          {rows.map((row, index) => {
            const key = draftKey(row);
            return (
              <EntryRowView
                key={key}
                row={row}
                index={index}
                draft={drafts.get(key)}
                viewed={viewed}
                kpiHref={scorecardUrl(params, `kpis/${encodeURIComponent(row.kpi)}`, search)}
                objectiveHref={scorecardUrl(
                  params,
                  `objectives/${encodeURIComponent(row.objective)}`,
                  search,
                )}
                serverError={serverErrors.get(key) ?? null}
                saved={saved.has(key)}
                onDraft={onDraft}
                onPaste={onPaste}
                draftKey={key}
              />
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
