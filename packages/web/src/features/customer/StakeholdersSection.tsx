import { Badge, Card, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ObjectiveChip } from './ObjectiveChip.tsx';
import type { ScoreIndex } from './score-index.ts';
import type { StakeholderGroup } from './stakeholder-groups.ts';
import { KIND_INFO } from './value-attributes.ts';

/** Customers, partners and others side by side: their needs in their words, and the objectives that meet them. */
export function StakeholdersSection({
  groups,
  scores,
  objectiveLink,
}: {
  groups: readonly StakeholderGroup[];
  scores: ScoreIndex;
  objectiveLink: (id: string) => string;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stakeholders-title">
      <Title order={3} size="h4" id="stakeholders-title" mb="sm">
        Stakeholders and their needs
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {groups.map((group) => (
          <Stack key={group.kind} gap="xs">
            <div>
              <Group gap={6}>
                <Text fw={600}>{KIND_INFO[group.kind].label}</Text>
                <Badge size="sm" variant="light" color="gray">
                  {group.entries.length}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {KIND_INFO[group.kind].plain}
              </Text>
            </div>
            {group.entries.length === 0 && (
              <Text size="sm" c="dimmed" fs="italic">
                None named (e.g. {KIND_INFO[group.kind].examples.toLowerCase()}).
              </Text>
            )}
            {group.entries.map(({ stakeholder, objectives }) => (
              <Card key={stakeholder.id} withBorder padding="sm">
                <Text fw={600} size="sm">
                  {stakeholder.name}
                </Text>
                {stakeholder.needs.length > 0 ? (
                  <List size="sm" spacing={2} mt={4}>
                    {stakeholder.needs.map((need) => (
                      <List.Item key={need}>“{need}”</List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="xs" c="dimmed" mt={4}>
                    No needs written down yet.
                  </Text>
                )}
                <Text size="xs" c="dimmed" mt="xs" tt="uppercase" fw={700}>
                  Objectives for them
                </Text>
                {objectives.length > 0 ? (
                  <Stack gap={4} mt={4}>
                    {objectives.map((o) => (
                      <ObjectiveChip
                        key={o.id}
                        id={o.id}
                        name={o.name}
                        to={objectiveLink(o.id)}
                        scores={scores}
                      />
                    ))}
                  </Stack>
                ) : (
                  <Group gap={4} mt={4} c={group.kind === 'other' ? 'dimmed' : 'orange'}>
                    <IconAlertTriangle size={14} aria-hidden />
                    <Text size="sm">No objective states what they need</Text>
                  </Group>
                )}
              </Card>
            ))}
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
