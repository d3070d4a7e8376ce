import { Badge, Box, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { OutlineKpi, OutlineLane, OutlineObjective } from './strategy-outline.ts';

/**
 * The objectives of a strategy per perspective, as lanes (top to bottom, like the map) with each
 * objective's KPIs: what a template or the wizard will create, before it is created.
 */
export function StrategyOutline({ lanes }: { lanes: readonly OutlineLane[] }) {
  return (
    <Stack gap="xs">
      {lanes.map((lane) => (
        <Paper key={lane.id} withBorder p="sm" bg="var(--mantine-color-default-hover)">
          <Group gap="xs" mb={6}>
            <Text fw={700} size="sm" tt="uppercase" c="dimmed">
              {lane.name}
            </Text>
            <Badge size="xs" variant="light" color="gray">
              {count(lane.objectives)} objective{count(lane.objectives) === 1 ? '' : 's'}
            </Badge>
          </Group>
          {lane.objectives.length === 0 ? (
            <Text size="sm" c="dimmed" fs="italic">
              No objectives in this perspective.
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
              {lane.objectives.map((o) =>
                o.children.length > 0 ? (
                  <Box key={o.id} style={{ gridColumn: '1 / -1' }}>
                    <UmbrellaCard objective={o} />
                  </Box>
                ) : (
                  <ObjectiveCard key={o.id} objective={o} />
                ),
              )}
            </SimpleGrid>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

function count(objectives: readonly OutlineObjective[]): number {
  return objectives.reduce((n, o) => n + 1 + count(o.children), 0);
}

function UmbrellaCard({ objective }: { objective: OutlineObjective }) {
  return (
    <Paper withBorder p="xs" radius="md" data-objective={objective.id}>
      <Text fw={600} size="sm">
        {objective.name}
      </Text>
      <Text size="xs" c="dimmed">
        Umbrella objective, supported by the {objective.children.length} below
      </Text>
      <KpiList kpis={objective.kpis} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" mt="xs">
        {objective.children.map((c) => (
          <ObjectiveCard key={c.id} objective={c} />
        ))}
      </SimpleGrid>
    </Paper>
  );
}

function ObjectiveCard({ objective }: { objective: OutlineObjective }) {
  return (
    <Paper withBorder p="xs" radius="md" data-objective={objective.id}>
      <Text fw={600} size="sm">
        {objective.name}
      </Text>
      <KpiList kpis={objective.kpis} />
      {objective.initiatives > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {objective.initiatives} initiative{objective.initiatives === 1 ? '' : 's'}
        </Text>
      )}
    </Paper>
  );
}

function KpiList({ kpis }: { kpis: readonly OutlineKpi[] }) {
  if (kpis.length === 0) return null;
  return (
    <Stack gap={2} mt={4} component="ul" p={0} style={{ listStyle: 'none' }} aria-label="KPIs">
      {kpis.map((k) => (
        <Group key={k.id} gap={6} wrap="nowrap" component="li" align="flex-start">
          {k.indicator && (
            <Badge
              size="xs"
              variant="light"
              color={k.indicator === 'leading' ? 'cyan' : 'grape'}
              style={{ flexShrink: 0 }}
              title={k.indicator === 'leading' ? 'Leading: a driver' : 'Lagging: a result'}
            >
              {k.indicator === 'leading' ? 'Leading' : 'Lagging'}
            </Badge>
          )}
          <Text size="xs">
            {k.name}
            {k.unit ? (
              <Text span c="dimmed" size="xs">
                {' '}
                ({k.unit})
              </Text>
            ) : null}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
