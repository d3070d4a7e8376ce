import { Group, Select } from '@mantine/core';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useScorecards, useWorkspaces } from '../../api/queries.ts';

/** Workspace and scorecard pickers; switching keeps the current view and period. */
export function ScorecardSwitcher() {
  const { ws = 'default', sc } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const workspaces = useWorkspaces().data ?? [];
  const scorecards = useScorecards(ws).data ?? [];
  const view = /\/s\/[^/]+\/([^/]+)/.exec(location.pathname)?.[1] ?? 'map';
  const keepView = view === 'objectives' || view === 'kpis' ? 'map' : view;
  return (
    <Group gap="xs" wrap="nowrap">
      {workspaces.length > 1 && (
        <Select
          size="xs"
          w={160}
          aria-label="Workspace"
          value={ws}
          allowDeselect={false}
          data={workspaces.map((w) => ({ value: w.key, label: w.name }))}
          onChange={(key) => key && void navigate(`/w/${encodeURIComponent(key)}`)}
        />
      )}
      <Select
        size="xs"
        w={240}
        aria-label="Scorecard"
        placeholder={scorecards.length ? 'Choose a scorecard' : 'No scorecards yet'}
        value={sc ?? null}
        allowDeselect={false}
        searchable
        data={scorecards.map((s) => ({ value: s.id, label: s.name }))}
        onChange={(id) =>
          id &&
          void navigate(
            `/w/${encodeURIComponent(ws)}/s/${encodeURIComponent(id)}/${keepView}${location.search}`,
          )
        }
      />
    </Group>
  );
}
