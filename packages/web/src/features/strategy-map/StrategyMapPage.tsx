import '@xyflow/react/dist/style.css';
import './strategy-map.css';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import {
  useInitiatives,
  useLinks,
  useObjectives,
  usePerspectives,
  useScorecards,
  useKpis,
  useScores,
} from '../../api/queries.ts';
import { usePeriod, useScorecardParams } from '../../app/url-state.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { requestLayout, warmUpLayout } from './layout/layout-client.ts';
import { useSavedPositions, useTrends } from './map-api.ts';
import { buildMapModel, layoutGraphOf } from './map-model.ts';
import { StrategyMap } from './StrategyMap.tsx';

// The layout worker (and its 1.6 MB of ELK) starts loading with this module, while the map's data
// is still being fetched.
warmUpLayout();

/**
 * The strategy map, the home view of a scorecard: perspectives as lanes, objectives as cards
 * coloured by status, cause-effect arrows, editing in place.
 */
export function StrategyMapPage() {
  const { ws, sc } = useScorecardParams();
  const [period] = usePeriod();

  const perspectives = usePerspectives(ws, sc);
  const objectives = useObjectives(ws, sc);
  const links = useLinks(ws, sc);
  const saved = useSavedPositions(ws, sc);
  // Scores, trends and initiatives enrich the map but do not hold it up: a scorecard without
  // values has no scores (the server answers NO_DATA) and still has a map to edit.
  const scores = useScores(ws, sc, period);
  const trends = useTrends(ws, sc, period);
  const initiatives = useInitiatives(ws, sc);
  const kpis = useKpis(ws, sc);
  const scorecards = useScorecards(ws);

  const required = [perspectives, objectives, links, saved] as const;
  const error = required.find((q) => q.error)?.error ?? null;
  const scoresSettled = scores.data !== undefined || scores.error !== null;
  const model = useMemo(
    () =>
      perspectives.data && objectives.data && links.data
        ? buildMapModel({
            perspectives: perspectives.data,
            objectives: objectives.data,
            links: links.data,
            scores: scores.data,
            trends: trends.data?.objectives ?? null,
            ...(kpis.data && { kpis: kpis.data }),
          })
        : undefined,
    [perspectives.data, objectives.data, links.data, scores.data, trends.data, kpis.data],
  );
  // Start the layout as soon as the structure is known, while scores and trends still load.
  useEffect(() => {
    if (model) void requestLayout(layoutGraphOf(model));
  }, [model]);
  const ready = model !== undefined && saved.data !== undefined && scoresSettled;
  const query = {
    data: ready ? model : undefined,
    error,
    isPending: !ready,
    refetch: () => required.forEach((q) => void q.refetch()),
  };
  const scorecardName = scorecards.data?.find((s) => s.id === sc)?.name ?? sc;

  return (
    <QueryState query={query} label="the strategy map">
      {(data) => (
        <ReactFlowProvider>
          <StrategyMap
            key={`${ws}/${sc}`}
            ws={ws}
            sc={sc}
            period={period}
            scorecardName={scorecardName}
            model={data}
            scores={scores.data}
            saved={saved.data ?? {}}
            initiatives={initiatives.data ?? []}
          />
        </ReactFlowProvider>
      )}
    </QueryState>
  );
}
