import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { OUTCOMES } from '@bearing/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatTarget, formatValue } from '../../lib/format.ts';
import type { OutcomeMeasure, OutcomeTable } from './outcome-table.ts';
import type { ScoreIndex } from './score-index.ts';

/** The core outcome measures per segment with their scores: is each bet on a segment paying off? */
export function OutcomesSection({
  table,
  scores,
  kpiLink,
}: {
  table: OutcomeTable;
  scores: ScoreIndex;
  kpiLink: (id: string) => string;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="outcomes-title">
      <Title order={3} size="h4" id="outcomes-title">
        Outcomes per segment
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Results that show whether the customer perspective works: lagging KPIs with an outcome and a
        segment.
      </Text>
      {table.rows.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          No segments are defined.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table withColumnBorders verticalSpacing={6} aria-label="Outcome measures per segment">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Segment</Table.Th>
                {table.outcomes.map((o) => (
                  <Table.Th key={o}>
                    <Tooltip label={OUTCOMES[o].definition} multiline w={280}>
                      <span>{OUTCOMES[o].title}</span>
                    </Tooltip>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row) => (
                <Table.Tr key={row.segment?.id ?? '(none)'}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {row.segment?.name ?? 'No segment named'}
                      </Text>
                      {row.segment && !row.segment.targeted && (
                        <Badge size="xs" variant="outline" color="gray">
                          not targeted
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  {row.count === 0 ? (
                    <Table.Td colSpan={Math.max(1, table.outcomes.length)}>
                      {row.segment?.targeted ? (
                        <Group gap={6} c="orange" wrap="nowrap">
                          <IconAlertTriangle size={16} aria-hidden />
                          <Text size="sm">
                            No outcome measures: nothing shows whether you win this segment.
                          </Text>
                        </Group>
                      ) : (
                        <Text size="sm" c="dimmed">
                          Not measured (not targeted).
                        </Text>
                      )}
                    </Table.Td>
                  ) : (
                    table.outcomes.map((o) => (
                      <Table.Td key={o}>
                        <Stack gap={4}>
                          {row.cells[o].map((m) => (
                            <MeasureCell
                              key={m.kpi.id}
                              measure={m}
                              scores={scores}
                              to={kpiLink(m.kpi.id)}
                            />
                          ))}
                          {row.cells[o].length === 0 && (
                            <Text size="sm" c="dimmed" aria-label="not measured">
                              –
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                    ))
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function MeasureCell({
  measure,
  scores,
  to,
}: {
  measure: OutcomeMeasure;
  scores: ScoreIndex;
  to: string;
}) {
  const score = scores.kpis.get(measure.kpi.id);
  // "#" (a count) reads better as a bare number in a cell.
  const raw = measure.kpi.unit ?? score?.unit ?? null;
  const unit = raw === '#' ? null : raw;
  return (
    <Stack gap={2}>
      <Anchor component={Link} to={to} size="sm" title={measure.kpi.name}>
        {score ? formatValue(score.value, unit) : measure.kpi.name}
        {score && score.target !== null && (
          <Text span size="xs" c="dimmed">
            {' '}
            / {formatTarget(score.target, unit)}
          </Text>
        )}
      </Anchor>
      {score && <StatusBadge status={score.status} score={score.score} size="xs" />}
    </Stack>
  );
}
