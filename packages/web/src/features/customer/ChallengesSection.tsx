import { List, Paper, Stack, Text, Title } from '@mantine/core';
import type { Challenge } from '@bearing/core';
import { ObjectiveChip } from './ObjectiveChip.tsx';
import type { ScoreIndex } from './score-index.ts';

/** The business challenges and the hypotheses about their cause, with the objectives that test them. */
export function ChallengesSection({
  challenges,
  names,
  scores,
  objectiveLink,
}: {
  challenges: readonly Challenge[];
  names: ReadonlyMap<string, string>;
  scores: ScoreIndex;
  objectiveLink: (id: string) => string;
}) {
  if (challenges.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="challenges-title">
      <Title order={3} size="h4" id="challenges-title" mb="xs">
        The challenge and our hypotheses
      </Title>
      <Stack gap="md">
        {challenges.map((c) => (
          <div key={c.id}>
            <Text fw={600}>“{c.name}”</Text>
            {c.description && (
              <Text size="sm" c="dimmed">
                {c.description}
              </Text>
            )}
            <List size="sm" mt={4} spacing={6}>
              {c.hypotheses.map((h) => (
                <List.Item key={h.statement}>
                  <Text size="sm">Perhaps: {h.statement}</Text>
                  <Stack gap={2} mt={2}>
                    {h.objectives.map((id) => (
                      <ObjectiveChip
                        key={id}
                        id={id}
                        name={names.get(id) ?? id}
                        to={names.has(id) ? objectiveLink(id) : null}
                        scores={scores}
                      />
                    ))}
                  </Stack>
                </List.Item>
              ))}
            </List>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
