import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ObjectiveRecord, ObjectiveScore, Perspective } from '../../api/types.ts';
import { scorecardUrl, type ScorecardParams } from '../../app/url-state.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { periodLabel } from '../../lib/periods.ts';
import { contributesToText } from './objective-form.ts';

/** Name, perspective, status and score in the period, owner and where it rolls up to. */
export function ObjectiveHeader({
  params,
  period,
  objective,
  perspective,
  parent,
  score,
  scoredPeriod,
}: {
  params: ScorecardParams;
  period: string | null;
  objective: ObjectiveRecord;
  perspective: Perspective | undefined;
  parent: ObjectiveRecord | undefined;
  score: ObjectiveScore | null;
  /** The period the score is for (the server's latest when none is chosen). */
  scoredPeriod: string | null;
}) {
  const cascade = contributesToText(objective.contributesTo);
  const [cascadeSc, cascadeObjective] = cascade.split('/');
  return (
    <Stack gap={6}>
      <Group gap="sm" align="center">
        <Badge variant="outline" color="gray" size="lg" tt="none">
          {perspective?.name ?? objective.perspective}
        </Badge>
        <Title order={2}>{objective.name}</Title>
        <StatusBadge status={score?.status ?? 'none'} score={score?.score ?? null} size="lg" />
      </Group>
      <Group gap="lg" wrap="wrap">
        <Text size="sm">
          <Text span c="dimmed">
            Owner:{' '}
          </Text>
          {objective.owner ?? '–'}
        </Text>
        {scoredPeriod && (
          <Text size="sm">
            <Text span c="dimmed">
              Period:{' '}
            </Text>
            {periodLabel(scoredPeriod)}
          </Text>
        )}
        {score && (
          <Text size="sm">
            <Text span c="dimmed">
              Coverage:{' '}
            </Text>
            {score.coverage.scored} of {score.coverage.total} children scored
          </Text>
        )}
        {parent && (
          <Text size="sm">
            <Text span c="dimmed">
              Sub-objective of{' '}
            </Text>
            <Anchor
              component={Link}
              to={scorecardUrl(params, `objectives/${encodeURIComponent(parent.id)}`, { period })}
            >
              {parent.name}
            </Anchor>
          </Text>
        )}
        {cascadeSc && cascadeObjective && (
          <Text size="sm">
            <Text span c="dimmed">
              Contributes to{' '}
            </Text>
            <Anchor
              component={Link}
              to={scorecardUrl(
                { ws: params.ws, sc: cascadeSc },
                `objectives/${encodeURIComponent(cascadeObjective)}`,
                { period },
              )}
            >
              {cascade}
            </Anchor>
          </Text>
        )}
      </Group>
      {objective.description && (
        <Text size="sm" c="dimmed" maw={900}>
          {objective.description}
        </Text>
      )}
    </Stack>
  );
}
