import {
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  Progress,
  RingProgress,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconGauge, IconHierarchy3, IconTable } from '@tabler/icons-react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';
import { useScores } from '../../api/queries.ts';
import type { ScorecardSummary } from '../../api/types.ts';
import { StatusBadge, StatusIcon } from '../../components/StatusBadge.tsx';
import { formatScore, STATUS_COLOR, STATUS_LABEL } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';
import { summarizeTree } from './index-summary.ts';

/** One scorecard on the index: its latest score and status, sizes, perspectives, and links. */
export function ScorecardCard({ ws, scorecard }: { ws: string; scorecard: ScorecardSummary }) {
  const scores = useScores(ws, scorecard.id, null);
  const base = `/w/${encodeURIComponent(ws)}/s/${encodeURIComponent(scorecard.id)}`;
  const tree = scores.data;
  const summary = tree ? summarizeTree(tree) : null;
  const noData = isApiError(scores.error) && scores.error.code === 'NO_DATA';
  return (
    <Card withBorder padding="md" radius="md" h="100%">
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`${base}/dashboard`} fw={650} size="lg" lineClamp={2}>
              {scorecard.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {scorecard.owner ?? 'No owner'}
              {tree ? ` · ${periodLabel(tree.period)}` : ''}
            </Text>
          </Stack>
          {tree && (
            <RingProgress
              size={64}
              thickness={7}
              roundCaps
              sections={[{ value: (tree.score ?? 0) * 100, color: STATUS_COLOR[tree.status] }]}
              label={
                <Text ta="center" size="xs" fw={700}>
                  {formatScore(tree.score)}
                </Text>
              }
              aria-label={`Overall score ${formatScore(tree.score)}`}
            />
          )}
        </Group>
        {scores.isPending && <Loader size="sm" aria-label="Loading scores" />}
        {noData && (
          <Text size="sm" c="dimmed">
            No values yet: enter data to see scores.
          </Text>
        )}
        {scores.error && !noData && (
          <Text size="sm" c="red">
            {describeError(scores.error)}
          </Text>
        )}
        {tree && summary && (
          <>
            <Group gap="xs">
              <StatusBadge status={tree.status} tt="none" />
              <Text size="xs" c="dimmed">
                {summary.objectives} objectives · {summary.kpis} KPIs · {summary.kpisWithData} with
                data
              </Text>
            </Group>
            <Stack gap={4} aria-label="Perspectives">
              {summary.perspectives.map((p) => (
                <Tooltip key={p.id} label={`${p.name}: ${STATUS_LABEL[p.status]}`} openDelay={300}>
                  <Group gap={6} wrap="nowrap">
                    <Text span c={STATUS_COLOR[p.status]} lh={0}>
                      <StatusIcon status={p.status} size={14} />
                    </Text>
                    <Text size="xs" w={130} truncate>
                      {p.name}
                    </Text>
                    <Progress
                      flex={1}
                      size="sm"
                      value={(p.score ?? 0) * 100}
                      color={STATUS_COLOR[p.status]}
                      aria-label={`${p.name} ${formatScore(p.score)}`}
                    />
                    <Text size="xs" w={36} ta="right">
                      {formatScore(p.score)}
                    </Text>
                  </Group>
                </Tooltip>
              ))}
            </Stack>
          </>
        )}
        <Group gap="xs" mt="auto">
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`${base}/dashboard`}
            leftSection={<IconGauge size={14} />}
          >
            Dashboard
          </Button>
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`${base}/map`}
            leftSection={<IconHierarchy3 size={14} />}
          >
            Map
          </Button>
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`${base}/table`}
            leftSection={<IconTable size={14} />}
          >
            Table
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
