import { Card, Group, Progress, RingProgress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DocumentDownloadButton } from '../customer/index.ts';
import { ValuesDownloadButton } from '../data-entry/ValuesDownloadButton.tsx';
import { IconAlertTriangle, IconClockExclamation, IconDatabase } from '@tabler/icons-react';
import { DEFAULT_THRESHOLDS } from '@bearing/core';
import { useMemo } from 'react';
import { isApiError } from '../../api/client.ts';
import { useInitiatives, useScorecard, useScores } from '../../api/queries.ts';
import type { ScorecardScore } from '../../api/types.ts';
import {
  scorecardUrl,
  usePeriod,
  useScorecardParams,
  type ScorecardParams,
} from '../../app/url-state.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatScore, STATUS_COLOR } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';
import { kpiCoverage, overdueKpis, scorecardKpis, worstRedKpis } from './dashboard-data.ts';
import { InitiativesCard } from './InitiativesCard.tsx';
import { KpiListCard } from './KpiListCard.tsx';
import { NoDataYet } from './NoDataYet.tsx';
import { PerspectiveGauges } from './PerspectiveGauges.tsx';
import { indexDetail } from '../scorecard-table/table-tree.ts';

const LIST = 6;

/** /w/:ws/s/:sc/dashboard — the scorecard at a glance for the period in view. */
export function DashboardPage() {
  const params = useScorecardParams();
  const [period] = usePeriod();
  const scores = useScores(params.ws, params.sc, period);
  if (isApiError(scores.error) && scores.error.code === 'NO_DATA') {
    return <NoDataYet params={params} />;
  }
  return (
    <QueryState query={scores} label="the dashboard">
      {(tree) => <Dashboard tree={tree} params={params} period={period} />}
    </QueryState>
  );
}

function Dashboard({
  tree,
  params,
  period,
}: {
  tree: ScorecardScore;
  params: ScorecardParams;
  period: string | null;
}) {
  const detail = useScorecard(params.ws, params.sc).data;
  const thresholds = detail?.thresholds ?? DEFAULT_THRESHOLDS;
  const lastPeriods = useMemo(
    () => (detail ? indexDetail(detail).kpiLastPeriod : new Map<string, string>()),
    [detail],
  );
  const initiatives = useInitiatives(params.ws, params.sc).data ?? [];
  const kpis = useMemo(() => scorecardKpis(tree), [tree]);
  const red = useMemo(() => worstRedKpis(kpis, Number.MAX_SAFE_INTEGER), [kpis]);
  const overdue = useMemo(() => overdueKpis(kpis), [kpis]);
  const coverage = kpiCoverage(kpis);
  const search = { period };
  const kpiHref = (id: string) => scorecardUrl(params, `kpis/${encodeURIComponent(id)}`, search);
  const objectiveHref = (id: string) =>
    scorecardUrl(params, `objectives/${encodeURIComponent(id)}`, search);
  const table = (extra: Record<string, string>) =>
    scorecardUrl(params, 'table', { ...search, ...extra });
  const share = coverage.total > 0 ? coverage.withData / coverage.total : 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{tree.name}</Title>
          <Text size="sm" c="dimmed">
            Dashboard for {periodLabel(tree.period)}
          </Text>
        </div>
        <Group gap="xs">
          <ValuesDownloadButton ws={params.ws} sc={params.sc} size="xs" />
          <DocumentDownloadButton ws={params.ws} sc={params.sc} period={period} size="xs" />
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder padding="md" radius="md">
          <Text size="sm" c="dimmed" fw={500}>
            Overall score
          </Text>
          <Group gap="md" mt="xs" wrap="nowrap">
            <RingProgress
              size={96}
              thickness={10}
              roundCaps
              sections={[{ value: (tree.score ?? 0) * 100, color: STATUS_COLOR[tree.status] }]}
              label={
                <Text ta="center" fw={700} size="lg">
                  {formatScore(tree.score)}
                </Text>
              }
              aria-label={`Overall score ${formatScore(tree.score)}`}
            />
            <Stack gap={6}>
              <StatusBadge status={tree.status} size="lg" tt="none" />
              <Text size="xs" c="dimmed">
                {tree.coverage.scored} of {tree.coverage.total} perspectives scored
              </Text>
            </Stack>
          </Group>
        </Card>
        <Card withBorder padding="md" radius="md">
          <Group gap={6}>
            <IconDatabase size={16} aria-hidden />
            <Text size="sm" c="dimmed" fw={500}>
              Data coverage
            </Text>
          </Group>
          <Text fw={700} size="xl" mt="xs">
            {coverage.withData} of {coverage.total} KPIs
          </Text>
          <Text size="xs" c="dimmed" mb={6}>
            have a value for {periodLabel(tree.period)}
            {coverage.stale > 0 ? ` (${coverage.stale} carried forward)` : ''}
          </Text>
          <Progress value={share * 100} aria-label={`${formatScore(share)} of KPIs have data`} />
        </Card>
        <Card withBorder padding="md" radius="md">
          <Group gap={6}>
            <IconClockExclamation size={16} aria-hidden />
            <Text size="sm" c="dimmed" fw={500}>
              Needs attention
            </Text>
          </Group>
          <Text fw={700} size="xl" mt="xs">
            {red.length} off track · {overdue.length} overdue
          </Text>
          <Text size="xs" c="dimmed">
            of {coverage.total} KPIs
          </Text>
        </Card>
      </SimpleGrid>
      <PerspectiveGauges
        perspectives={tree.perspectives}
        thresholds={thresholds}
        tableHref={(id) => table({ fold: 'all', rows: `p.${id}` })}
      />
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
        <KpiListCard
          title="Worst red KPIs"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          items={red.slice(0, LIST)}
          total={red.length}
          empty="No KPI is off track in this period."
          href={kpiHref}
          moreHref={table({ status: 'red', sort: 'score' })}
        />
        <KpiListCard
          title="Overdue KPIs"
          icon={<IconClockExclamation size={18} aria-hidden />}
          items={overdue.slice(0, LIST)}
          total={overdue.length}
          empty="Every KPI has a recent value."
          href={kpiHref}
          moreHref={table({ overdue: '1' })}
          aside={(item) => {
            const last = lastPeriods.get(item.kpi.id);
            return (
              <Text size="xs" c="dimmed">
                {last ? `last ${periodLabel(last)}` : 'no value yet'}
              </Text>
            );
          }}
        />
        <InitiativesCard initiatives={initiatives} objectiveHref={objectiveHref} />
      </SimpleGrid>
    </Stack>
  );
}
