import {
  Anchor,
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCalculator, IconClockExclamation, IconHistory } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { KpiRecord, KpiScore, ObjectiveRecord } from '../../api/types.ts';
import { scorecardUrl, type ScorecardParams } from '../../app/url-state.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatScore, formatTarget, formatValue } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={650} lh={1.3}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Name, status and score in the period, value against target, and who and how often. */
export function KpiHeader({
  kpi,
  objective,
  score,
  params,
  period,
}: {
  kpi: KpiRecord;
  objective: ObjectiveRecord | undefined;
  score: KpiScore | null;
  params: ScorecardParams;
  period: string | null;
}) {
  const unit = kpi.unit;
  const scoredPeriod = score?.period ?? null;
  const keep = { period };
  return (
    <Stack gap="sm">
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={2}>{kpi.name}</Title>
        <StatusBadge status={score?.status ?? 'none'} score={score?.score ?? null} size="lg" />
        {kpi.formula && (
          <Tooltip label={`Computed by its formula: ${kpi.formula}`}>
            <Badge color="grape" variant="light" leftSection={<IconCalculator size={12} />}>
              Calculated
            </Badge>
          </Tooltip>
        )}
        {score?.stale && (
          <Tooltip
            label={
              kpi.formula
                ? 'An input of the formula has no value in this period; its last value is carried forward'
                : `No value in this period; the value of ${periodLabel(score.valuePeriod ?? '')} is carried forward`
            }
          >
            <Badge color="gray" variant="outline" leftSection={<IconHistory size={12} />}>
              Carried forward
            </Badge>
          </Tooltip>
        )}
        {score?.overdue && (
          <Tooltip label={`A ${kpi.frequency} value is due and missing`}>
            <Badge color="orange" variant="light" leftSection={<IconClockExclamation size={12} />}>
              Overdue
            </Badge>
          </Tooltip>
        )}
      </Group>
      <Group gap="lg" wrap="wrap">
        <Text size="sm">
          <Text span c="dimmed">
            Objective:{' '}
          </Text>
          {objective ? (
            <Anchor
              component={Link}
              to={scorecardUrl(params, `objectives/${encodeURIComponent(objective.id)}`, keep)}
            >
              {objective.name}
            </Anchor>
          ) : (
            kpi.objective
          )}
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            Indicator:{' '}
          </Text>
          {kpi.indicator ? cap(kpi.indicator) : '–'}
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            Owner:{' '}
          </Text>
          {kpi.owner ?? '–'}
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            Frequency:{' '}
          </Text>
          {cap(kpi.frequency)}
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            Optimization:{' '}
          </Text>
          {cap(kpi.optimization)}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Stat
          label={scoredPeriod ? `Value · ${periodLabel(scoredPeriod)}` : 'Value'}
          value={formatValue(score?.value, unit)}
          {...(score?.valuePeriod && score.valuePeriod !== scoredPeriod
            ? { hint: `from ${periodLabel(score.valuePeriod)}` }
            : {})}
        />
        <Stat label="Target" value={formatTarget(score?.target ?? kpi.target, unit)} />
        <Stat label="Baseline" value={formatValue(kpi.baseline, unit)} />
        <Stat
          label="Score"
          value={formatScore(score?.score)}
          hint={`progress ${formatScore(score?.progress)} of baseline → target`}
        />
      </SimpleGrid>
    </Stack>
  );
}
