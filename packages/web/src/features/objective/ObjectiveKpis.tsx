import { Anchor, Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { KpiRecord, KpiScore } from '../../api/types.ts';
import { scorecardUrl, type ScorecardParams } from '../../app/url-state.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatTarget, formatValue } from '../../lib/format.ts';

/** The objective's KPIs with their value, target and status in the period in view. */
export function ObjectiveKpis({
  params,
  period,
  kpis,
  scores,
  onAdd,
}: {
  params: ScorecardParams;
  period: string | null;
  kpis: readonly KpiRecord[];
  scores: readonly KpiScore[];
  onAdd: () => void;
}) {
  const scoreOf = new Map(scores.map((s) => [s.id as string, s]));
  return (
    <Card withBorder padding="md" radius="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>KPIs</Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onAdd}>
          Add KPI
        </Button>
      </Group>
      {kpis.length === 0 ? (
        <Text size="sm" c="dimmed">
          No KPIs yet: this objective cannot be scored until one measures it.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>KPI</Table.Th>
                <Table.Th ta="right">Value</Table.Th>
                <Table.Th ta="right">Target</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Owner</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kpis.map((kpi) => {
                const score = scoreOf.get(kpi.id);
                return (
                  <Table.Tr key={kpi.id}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Anchor
                          component={Link}
                          size="sm"
                          to={scorecardUrl(params, `kpis/${encodeURIComponent(kpi.id)}`, {
                            period,
                          })}
                        >
                          {kpi.name}
                        </Anchor>
                        {kpi.indicator && (
                          <Badge size="xs" variant="outline" color="gray">
                            {kpi.indicator}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatValue(score?.value, kpi.unit)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatTarget(score?.target ?? kpi.target, kpi.unit)}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge
                        status={score?.status ?? 'none'}
                        score={score?.score ?? null}
                        size="sm"
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={kpi.owner ? undefined : 'dimmed'}>
                        {kpi.owner ?? '–'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
