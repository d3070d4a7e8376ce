import { Card, Grid, Group, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  useKpiHistory,
  useKpis,
  useKpiValues,
  useObjectives,
  useScorecards,
  useScores,
} from '../../api/queries.ts';
import type { KpiRecord, Thresholds } from '../../api/types.ts';
import { usePeriod, useScorecardParams } from '../../app/url-state.ts';
import { HistoryRangePicker } from '../../components/charts/HistoryRangePicker.tsx';
import { useHistoryRange } from '../../components/charts/use-history-range.ts';
import { ErrorPanel, QueryState } from '../../components/QueryState.tsx';
import {
  containingPeriod,
  historyAnchor,
  kindOfFrequency,
  periodsOf,
  type PresetContext,
} from '../../lib/period-range.ts';
import { findKpiScore } from '../../lib/score-tree.ts';
import { ComputedFrom } from './ComputedFrom.tsx';
import { ExplainPanel } from './ExplainPanel.tsx';
import { KpiDefinitionForm } from './KpiDefinitionForm.tsx';
import { KpiHeader } from './KpiHeader.tsx';
import { KpiHistoryChart } from './KpiHistoryChart.tsx';
import { constantTargets } from './kpi-chart-option.ts';
import { usePeriodTargets } from './use-period-targets.ts';
import { ValueGrid } from './ValueGrid.tsx';

const DEFAULT_THRESHOLDS: Thresholds = { green: 0.8, amber: 0.5 };

/** /w/:ws/s/:sc/kpis/:kpi — one KPI: its score, history, values, explanation and definition. */
export function KpiPage() {
  const { ws, sc } = useScorecardParams();
  const { kpi: id = '' } = useParams();
  const kpis = useKpis(ws, sc);
  return (
    <QueryState query={kpis} label="KPI">
      {(list) => {
        const kpi = list.find((k) => k.id === id);
        if (!kpi) {
          return (
            <ErrorPanel
              error={
                new ApiError(404, {
                  code: 'NOT_FOUND',
                  message: `Scorecard "${sc}" has no KPI "${id}".`,
                })
              }
            />
          );
        }
        return <KpiView key={kpi.id} kpi={kpi} />;
      }}
    </QueryState>
  );
}

function KpiView({ kpi }: { kpi: KpiRecord }) {
  const params = useScorecardParams();
  const { ws, sc } = params;
  const [period, setPeriod] = usePeriod();
  const scores = useScores(ws, sc, period);
  const objectives = useObjectives(ws, sc);
  const scorecards = useScorecards(ws);
  const values = useKpiValues(ws, sc, kpi.id);
  const score = findKpiScore(scores.data, kpi.id);
  const scorecardThresholds =
    scorecards.data?.find((s) => s.id === sc)?.thresholds ?? DEFAULT_THRESHOLDS;
  const thresholds = kpi.thresholds ?? scorecardThresholds;

  const stored = values.data;
  const anchor = historyAnchor(period, scores);
  const ctx = useMemo<PresetContext | null>(
    () =>
      anchor === null
        ? null
        : {
            kind: kindOfFrequency(kpi.frequency),
            anchor,
            earliest: stored?.[0]?.period ?? null,
            latest: stored?.[stored.length - 1]?.period ?? null,
          },
    [kpi.frequency, anchor, stored],
  );
  const history = useHistoryRange(ctx);
  const historyQuery = useKpiHistory(ws, sc, kpi.id, history.range);
  const points = useMemo(() => historyQuery.data?.points ?? [], [historyQuery.data]);
  const periodKeys = useMemo(
    () => (history.range ? periodsOf(history.range).map((p) => p.key as string) : []),
    [history.range],
  );
  const hasPeriodTargets = Object.keys(kpi.targets).length > 0;
  const lookedUp = usePeriodTargets(ws, sc, kpi.id, periodKeys, hasPeriodTargets);
  const targets = useMemo(
    () => (hasPeriodTargets && lookedUp ? lookedUp : constantTargets(points, kpi.target)),
    [hasPeriodTargets, lookedUp, points, kpi.target],
  );
  // The explanation and the highlighted period follow the period in view (latest: the
  // server's); on a quarterly KPI a month in view highlights its quarter.
  const selectedPoint = containingPeriod(
    points.map((p) => p.period),
    period ?? score?.period ?? null,
  );

  return (
    <Stack gap="md">
      <KpiHeader
        kpi={kpi}
        objective={objectives.data?.find((o) => o.id === kpi.objective)}
        score={score}
        params={params}
        period={period}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Card withBorder padding="md" radius="md">
              <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
                <Title order={4}>History</Title>
                {ctx && <HistoryRangePicker ctx={ctx} history={history} />}
              </Group>
              <QueryState query={historyQuery} label="history">
                {() => (
                  <KpiHistoryChart
                    name={kpi.name}
                    points={points}
                    unit={kpi.unit}
                    baseline={kpi.baseline}
                    targets={targets}
                    thresholds={thresholds}
                    selected={selectedPoint}
                    onSelect={setPeriod}
                  />
                )}
              </QueryState>
            </Card>
            {kpi.formula ? (
              <ComputedFrom ws={ws} sc={sc} kpi={kpi.id} formula={kpi.formula} period={period} />
            ) : (
              <QueryState query={values} label="values">
                {(list) => (
                  <ValueGrid
                    ws={ws}
                    sc={sc}
                    kpi={kpi}
                    range={history.range}
                    values={list}
                    points={points}
                    selected={selectedPoint}
                    onExplain={setPeriod}
                  />
                )}
              </QueryState>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <ExplainPanel ws={ws} sc={sc} kpi={kpi.id} period={period} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={12}>
          <KpiDefinitionForm ws={ws} sc={sc} kpi={kpi} scorecardThresholds={scorecardThresholds} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
