import {
  Badge,
  Button,
  Card,
  Group,
  Progress,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { InitiativeRecord } from '../../api/types.ts';
import { formatScore } from '../../lib/format.ts';
import {
  INITIATIVE_STATUS_COLOR,
  INITIATIVE_STATUS_LABEL,
  isPastDue,
} from './initiative-status.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** What is being done to move the objective: status, progress and due date of each initiative. */
export function ObjectiveInitiatives({
  initiatives,
  onAdd,
  onOpen,
}: {
  initiatives: readonly InitiativeRecord[];
  onAdd: () => void;
  onOpen: (id: string) => void;
}) {
  const now = today();
  return (
    <Card withBorder padding="md" radius="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>Initiatives</Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onAdd}>
          Add initiative
        </Button>
      </Group>
      {initiatives.length === 0 ? (
        <Text size="sm" c="dimmed">
          No initiatives: nothing is planned yet to move this objective.
        </Text>
      ) : (
        <Stack gap={4}>
          {initiatives.map((i) => {
            const late = isPastDue(i.due, i.status, now);
            return (
              <UnstyledButton
                key={i.id}
                onClick={() => onOpen(i.id)}
                aria-label={`Edit initiative ${i.name}`}
                p="xs"
                style={{
                  borderRadius: 'var(--mantine-radius-sm)',
                  border: '1px solid var(--mantine-color-default-border)',
                }}
              >
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={500} truncate>
                        {i.name}
                      </Text>
                      <Badge
                        size="xs"
                        variant="light"
                        color={INITIATIVE_STATUS_COLOR[i.status] ?? 'gray'}
                      >
                        {INITIATIVE_STATUS_LABEL[i.status] ?? i.status}
                      </Badge>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {i.owner ?? 'No owner'}
                      {' · '}
                      <Text span size="xs" c={late ? 'red' : 'dimmed'} fw={late ? 600 : 400}>
                        {i.due ? `due ${i.due}${late ? ' (past due)' : ''}` : 'no due date'}
                      </Text>
                    </Text>
                  </Stack>
                  <Stack gap={2} w={120} align="stretch">
                    <Text size="xs" ta="right">
                      {formatScore(i.progress)}
                    </Text>
                    <Progress
                      value={(i.progress ?? 0) * 100}
                      size="sm"
                      aria-label={`Progress of ${i.name}: ${formatScore(i.progress)}`}
                    />
                  </Stack>
                </Group>
              </UnstyledButton>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}
