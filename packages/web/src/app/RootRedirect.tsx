import { Navigate } from 'react-router';
import { useWorkspaces } from '../api/queries.ts';
import { QueryState } from '../components/QueryState.tsx';

/** "/" opens the first workspace (a fresh install has only "default"). */
export function RootRedirect() {
  const workspaces = useWorkspaces();
  return (
    <QueryState query={workspaces} label="workspaces">
      {(list) => <Navigate replace to={`/w/${encodeURIComponent(list[0]?.key ?? 'default')}`} />}
    </QueryState>
  );
}
