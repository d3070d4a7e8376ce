import { Paper, Stack, Text, Title } from '@mantine/core';
import { ObjectiveChip } from './ObjectiveChip.tsx';
import type { ScoreIndex } from './score-index.ts';
import type { ObjectiveLike } from './scorecard-shape.ts';

/** Without a customer section, the customer perspective's objectives are still worth seeing. */
export function UnassignedObjectives({
  objectives,
  scores,
  objectiveLink,
}: {
  objectives: readonly ObjectiveLike[];
  scores: ScoreIndex;
  objectiveLink: (id: string) => string;
}) {
  if (objectives.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="unassigned-title" maw={720}>
      <Title order={3} size="h4" id="unassigned-title">
        Customer objectives on the map
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        They say what customers should get, but not yet for whom: name the stakeholders and segments
        to check them.
      </Text>
      <Stack gap={6}>
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
    </Paper>
  );
}
