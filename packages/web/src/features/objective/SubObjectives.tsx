import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ObjectiveScore } from '../../api/types.ts';
import { scorecardUrl, type ScorecardParams } from '../../app/url-state.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';

/** The objectives that roll up into this one: its sub-objectives and cascaded contributors. */
export function SubObjectives({
  params,
  period,
  score,
}: {
  params: ScorecardParams;
  period: string | null;
  score: ObjectiveScore;
}) {
  const children: { o: ObjectiveScore; sc: string; from: string | null }[] = [
    ...score.objectives.map((o) => ({ o, sc: params.sc, from: null })),
    ...score.contributors.map((o) => ({ o, sc: o.scorecard, from: o.scorecard })),
  ];
  if (children.length === 0) return null;
  return (
    <Card withBorder padding="md" radius="md">
      <Title order={4} mb="xs">
        Rolls up from
      </Title>
      <Stack gap={6}>
        {children.map(({ o, sc, from }) => (
          <Group key={`${sc}/${o.id}`} justify="space-between" wrap="nowrap">
            <Anchor
              component={Link}
              size="sm"
              to={scorecardUrl({ ws: params.ws, sc }, `objectives/${encodeURIComponent(o.id)}`, {
                period,
              })}
            >
              {o.name}
              {from && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  (scorecard {from})
                </Text>
              )}
            </Anchor>
            <StatusBadge status={o.status} score={o.score} size="sm" />
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
