import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { DISCIPLINES, type CustomerModel, type ValueAttribute } from '@bearing/core';
import { ObjectiveChip } from './ObjectiveChip.tsx';
import type { ScoreIndex } from './score-index.ts';
import { ATTRIBUTE_INFO } from './value-attributes.ts';
import type { Deliverer } from './value-matrix.ts';

/** The value proposition: the discipline in plain words, and which objective delivers each attribute. */
export function ValuePropositionSection({
  model,
  deliverers,
  scores,
  objectiveLink,
}: {
  model: CustomerModel;
  deliverers: Readonly<Partial<Record<ValueAttribute, readonly Deliverer[]>>>;
  scores: ScoreIndex;
  objectiveLink: (id: string) => string;
}) {
  const vp = model.valueProposition;
  const discipline = vp?.discipline ? DISCIPLINES[vp.discipline] : null;
  const attributes = Object.keys(deliverers) as ValueAttribute[];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="vp-title">
      <Title order={3} size="h4" id="vp-title">
        Value proposition
      </Title>
      {discipline ? (
        <Stack gap={4} mt="xs">
          <Group gap="xs">
            <Text fw={600}>{discipline.title}</Text>
            <Badge variant="light" color="gray" size="sm">
              {discipline.family}
            </Badge>
          </Group>
          <Text size="sm">Customers get: {discipline.customersGet}</Text>
          <Text size="sm" c="dimmed">
            For example: {discipline.examples.join(', ')}.
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed" mt="xs">
          No value discipline is chosen.
        </Text>
      )}
      {attributes.length > 0 && (
        <Table mt="sm" verticalSpacing={6} aria-label="Attributes of the value proposition">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>What customers get</Table.Th>
              <Table.Th>Delivered by</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {attributes.map((a) => (
              <Table.Tr key={a}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {ATTRIBUTE_INFO[a].label}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {ATTRIBUTE_INFO[a].plain}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {(deliverers[a] ?? []).map((d) =>
                      d.exists ? (
                        <ObjectiveChip
                          key={d.id}
                          id={d.id}
                          name={d.name}
                          to={objectiveLink(d.id)}
                          scores={scores}
                        />
                      ) : (
                        <Text key={d.id} size="sm" c="orange">
                          “{d.id}” (no such objective)
                        </Text>
                      ),
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
