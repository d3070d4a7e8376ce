import { Card, Group, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useChanges } from '../../api/queries.ts';
import type { HistoryPoint, KpiRecord, StoredValue } from '../../api/types.ts';
import { useSearchParam } from '../../app/url-state.ts';
import type { PeriodRangeKeys } from '../../lib/period-range.ts';
import { ValueRow } from './ValueRow.tsx';
import { valueChangesByPeriod } from './value-changes.ts';
import { gridRows } from './value-grid.ts';

const NO_CHANGES: readonly never[] = [];

/** The KPI's periods in the range, newest first, each with its value, comment and history. */
export function ValueGrid({
  ws,
  sc,
  kpi,
  range,
  values,
  points,
  selected,
  onExplain,
}: {
  ws: string;
  sc: string;
  kpi: KpiRecord;
  range: PeriodRangeKeys | null;
  values: readonly StoredValue[];
  points: readonly HistoryPoint[];
  selected: string | null;
  onExplain: (period: string) => void;
}) {
  // The open change history is part of the URL, like every other selection.
  const [open, setOpen] = useSearchParam('changes');
  const changes = useChanges(ws, { entity: 'kpi_value', scorecard: sc, limit: 10_000 });
  const byPeriod = useMemo(
    () => valueChangesByPeriod(changes.data ?? [], kpi.id, kpi.unit),
    [changes.data, kpi.id, kpi.unit],
  );
  const rows = useMemo(() => gridRows(range, values), [range, values]);
  const pointOf = useMemo(() => new Map(points.map((p) => [p.period as string, p])), [points]);
  const address = { ws, sc, kpi: kpi.id };

  return (
    <Card withBorder padding="md" radius="md">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={4}>Values</Title>
        <Text size="xs" c="dimmed">
          {kpi.frequency} · newest first · Enter saves, Escape undoes
        </Text>
      </Group>
      <ScrollArea.Autosize mah={560} type="auto" offsetScrollbars>
        <Table miw={640} highlightOnHover verticalSpacing={4} stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Period</Table.Th>
              <Table.Th>Value</Table.Th>
              <Table.Th>Comment</Table.Th>
              <Table.Th>Score</Table.Th>
              <Table.Th>
                <Text size="sm" fw={700} ta="right">
                  Actions
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text size="sm" c="dimmed">
                    No periods in this range.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map((row) => (
              <ValueRow
                key={row.period}
                address={address}
                row={row}
                unit={kpi.unit}
                point={pointOf.get(row.period)}
                changes={byPeriod.get(row.period) ?? NO_CHANGES}
                expanded={open === row.period}
                selected={selected === row.period}
                onToggleHistory={() => setOpen(open === row.period ? null : row.period)}
                onExplain={() => onExplain(row.period)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Card>
  );
}
