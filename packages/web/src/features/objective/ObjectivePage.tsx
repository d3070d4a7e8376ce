import { Card, Grid, Group, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  useInitiatives,
  useKpis,
  useLinks,
  useObjectiveHistory,
  useObjectives,
  usePerspectives,
  useScorecard,
  useScores,
} from '../../api/queries.ts';
import type { ObjectiveRecord, Thresholds } from '../../api/types.ts';
import { usePeriod, useScorecardParams, useSearchParam } from '../../app/url-state.ts';
import { HistoryRangePicker } from '../../components/charts/HistoryRangePicker.tsx';
import { useHistoryRange } from '../../components/charts/use-history-range.ts';
import { ErrorPanel, QueryState } from '../../components/QueryState.tsx';
import {
  containingPeriod,
  historyAnchor,
  parseKey,
  type PresetContext,
} from '../../lib/period-range.ts';
import { findObjectiveScore } from '../../lib/score-tree.ts';
import { AddKpiModal } from './AddKpiModal.tsx';
import { InitiativeModal } from './InitiativeModal.tsx';
import { ObjectiveForm } from './ObjectiveForm.tsx';
import { ObjectiveHeader } from './ObjectiveHeader.tsx';
import { ObjectiveHistoryChart } from './ObjectiveHistoryChart.tsx';
import { ObjectiveInitiatives } from './ObjectiveInitiatives.tsx';
import { ObjectiveKpis } from './ObjectiveKpis.tsx';
import { ObjectiveLinks } from './ObjectiveLinks.tsx';
import { SubObjectives } from './SubObjectives.tsx';

const DEFAULT_THRESHOLDS: Thresholds = { green: 0.8, amber: 0.5 };

/** /w/:ws/s/:sc/objectives/:objective — one objective with its KPIs, initiatives and links. */
export function ObjectivePage() {
  const { ws, sc } = useScorecardParams();
  const { objective: id = '' } = useParams();
  const objectives = useObjectives(ws, sc);
  return (
    <QueryState query={objectives} label="objective">
      {(list) => {
        const objective = list.find((o) => o.id === id);
        if (!objective) {
          return (
            <ErrorPanel
              error={
                new ApiError(404, {
                  code: 'NOT_FOUND',
                  message: `Scorecard "${sc}" has no objective "${id}".`,
                })
              }
            />
          );
        }
        return <ObjectiveView key={objective.id} objective={objective} objectives={list} />;
      }}
    </QueryState>
  );
}

function ObjectiveView({
  objective,
  objectives,
}: {
  objective: ObjectiveRecord;
  objectives: readonly ObjectiveRecord[];
}) {
  const params = useScorecardParams();
  const { ws, sc } = params;
  const [period, setPeriod] = usePeriod();
  const [adding, setAdding] = useSearchParam('add');
  const [openInitiative, setOpenInitiative] = useSearchParam('initiative');
  const scores = useScores(ws, sc, period);
  const detail = useScorecard(ws, sc);
  const perspectives = usePerspectives(ws, sc);
  const kpis = useKpis(ws, sc);
  const initiatives = useInitiatives(ws, sc);
  const links = useLinks(ws, sc);
  const score = findObjectiveScore(scores.data, objective.id);
  const thresholds = detail.data?.thresholds ?? DEFAULT_THRESHOLDS;
  const scoredPeriod = scores.data?.period ?? period;

  // Objectives have no frequency: the roll-up is shown in periods like the one in view.
  const anchor = historyAnchor(period, scores);
  const ctx = useMemo<PresetContext | null>(
    () => (anchor === null ? null : { kind: parseKey(anchor)?.kind ?? 'month', anchor }),
    [anchor],
  );
  const history = useHistoryRange(ctx);
  const historyQuery = useObjectiveHistory(ws, sc, objective.id, history.range);
  const points = useMemo(() => historyQuery.data?.points ?? [], [historyQuery.data]);
  const selected = containingPeriod(
    points.map((p) => p.period),
    scoredPeriod,
  );

  const ownKpis = (kpis.data ?? []).filter((k) => k.objective === objective.id);
  const ownInitiatives = (initiatives.data ?? []).filter((i) => i.objective === objective.id);
  const names = useMemo(() => new Map(objectives.map((o) => [o.id, o.name])), [objectives]);
  const editing = ownInitiatives.find((i) => i.id === openInitiative) ?? null;

  return (
    <Stack gap="md">
      <ObjectiveHeader
        params={params}
        period={period}
        objective={objective}
        perspective={perspectives.data?.find((p) => p.id === objective.perspective)}
        parent={objectives.find((o) => o.id === objective.parent)}
        score={score}
        scoredPeriod={scoredPeriod}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <ObjectiveKpis
              params={params}
              period={period}
              kpis={ownKpis}
              scores={score?.kpis ?? []}
              onAdd={() => setAdding('kpi')}
            />
            {score && <SubObjectives params={params} period={period} score={score} />}
            <Card withBorder padding="md" radius="md">
              <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
                <Title order={4}>Roll-up history</Title>
                {ctx && <HistoryRangePicker ctx={ctx} history={history} />}
              </Group>
              <QueryState query={historyQuery} label="history">
                {() => (
                  <ObjectiveHistoryChart
                    name={objective.name}
                    points={points}
                    thresholds={thresholds}
                    selected={selected}
                    onSelect={setPeriod}
                  />
                )}
              </QueryState>
            </Card>
            <ObjectiveLinks
              params={params}
              period={period}
              objective={objective.id}
              links={links.data ?? []}
              names={names}
            />
            <ObjectiveInitiatives
              initiatives={ownInitiatives}
              onAdd={() => setAdding('initiative')}
              onOpen={setOpenInitiative}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <ObjectiveForm
              ws={ws}
              sc={sc}
              objective={objective}
              perspectives={perspectives.data ?? []}
              objectives={objectives}
              customer={detail.data?.customer}
            />
          </Stack>
        </Grid.Col>
      </Grid>
      <AddKpiModal
        ws={ws}
        sc={sc}
        objective={objective.id}
        opened={adding === 'kpi'}
        onClose={() => setAdding(null)}
      />
      <InitiativeModal
        ws={ws}
        sc={sc}
        objective={objective.id}
        initiative={editing}
        opened={adding === 'initiative' || editing !== null}
        onClose={() => {
          setAdding(null);
          setOpenInitiative(null);
        }}
      />
    </Stack>
  );
}
