import { Button, Kbd, Text } from '@mantine/core';
import { Spotlight, spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { useKpis, useObjectives, usePerspectives, useScorecards } from '../../api/queries.ts';

/**
 * Search across the scorecards of the workspace and the objectives and KPIs of the open
 * scorecard (Ctrl/⌘ K). Choosing one opens its page, keeping the period.
 */
export function GlobalSearch() {
  const { ws = 'default', sc = '' } = useParams();
  const navigate = useNavigate();
  const scorecards = useScorecards(ws).data ?? [];
  // The lists the map and the table load anyway (shared cache), not the whole scorecard with
  // every value: the search must not slow the page it sits on.
  const objectives = useObjectives(ws, sc).data ?? [];
  const kpis = useKpis(ws, sc).data ?? [];
  const perspectives = usePerspectives(ws, sc).data ?? [];
  const base = `/w/${encodeURIComponent(ws)}/s/${encodeURIComponent(sc)}`;
  const keep = window.location.search;
  const go = (url: string) => () => void navigate(url);

  const actions: SpotlightActionData[] = [
    ...scorecards.map((s) => ({
      id: `scorecard:${s.id}`,
      label: s.name,
      description: 'Scorecard',
      onClick: go(`/w/${encodeURIComponent(ws)}/s/${encodeURIComponent(s.id)}/map${keep}`),
    })),
    ...objectives.flatMap((o) => [
      {
        id: `objective:${o.id}`,
        label: o.name,
        description: `Objective · ${perspectives.find((p) => p.id === o.perspective)?.name ?? ''}`,
        onClick: go(`${base}/objectives/${encodeURIComponent(o.id)}${keep}`),
      },
      ...kpis
        .filter((k) => k.objective === o.id)
        .map((k) => ({
          id: `kpi:${k.id}`,
          label: k.name,
          description: `KPI of “${o.name}”`,
          onClick: go(`${base}/kpis/${encodeURIComponent(k.id)}${keep}`),
        })),
    ]),
  ];

  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconSearch size={14} />}
        rightSection={<Kbd size="xs">Ctrl K</Kbd>}
        onClick={() => spotlight.open()}
        aria-label="Search objectives and KPIs"
        w={260}
        justify="space-between"
      >
        <Text size="xs" c="dimmed">
          Search objectives and KPIs
        </Text>
      </Button>
      <Spotlight
        actions={actions}
        shortcut={['mod + K', '/']}
        nothingFound="Nothing matches"
        highlightQuery
        limit={12}
        searchProps={{ placeholder: 'Objective, KPI or scorecard…' }}
      />
    </>
  );
}
