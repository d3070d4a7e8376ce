import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import type { ScoreIndex } from './score-index.ts';

/** An objective as a link with its status and score (the server's, for the period in view). */
export function ObjectiveChip({
  id,
  name,
  to,
  scores,
}: {
  id: string;
  name: string;
  to: string | null;
  scores: ScoreIndex;
}) {
  const score = scores.objectives.get(id);
  return (
    <Group gap={6} wrap="nowrap" align="center" justify="space-between">
      {to === null ? (
        <span>{name}</span>
      ) : (
        <Anchor component={Link} to={to} size="sm">
          {name}
        </Anchor>
      )}
      {score !== undefined && (
        <StatusBadge
          status={score.status}
          score={score.score}
          size="xs"
          style={{ flexShrink: 0 }}
        />
      )}
    </Group>
  );
}
