import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { scorecardUrl } from '../../app/url-state.ts';
import { formatValue } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';
import type { InputRow } from './formula-inputs.ts';

/** The inputs of a formula, each linking to its KPI page (on its own scorecard), with its value. */
export function FormulaInputsTable({
  ws,
  rows,
  period,
  label,
}: {
  ws: string;
  rows: readonly InputRow[];
  /** The period in view, kept on the links. */
  period: string | null;
  label: string;
}) {
  return (
    <Table verticalSpacing={4} aria-label={label}>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={`${row.scorecard}/${row.kpi}`}>
            <Table.Td>
              <Anchor
                component={Link}
                to={scorecardUrl({ ws, sc: row.scorecard }, `kpis/${encodeURIComponent(row.kpi)}`, {
                  period,
                })}
                size="sm"
              >
                {row.name}
              </Anchor>
              <Text size="xs" c="dimmed" ff="monospace">
                {row.reference}
              </Text>
            </Table.Td>
            <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
              {row.value !== undefined && (
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {row.value === null ? 'no value' : formatValue(row.value)}
                  </Text>
                  {row.stale && (
                    <Badge size="xs" variant="light" color="yellow">
                      stale
                    </Badge>
                  )}
                  {row.calculated && (
                    <Badge size="xs" variant="light" color="grape">
                      calculated
                    </Badge>
                  )}
                </Group>
              )}
              {row.period && (
                <Text size="xs" c="dimmed">
                  {periodLabel(row.period)}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
