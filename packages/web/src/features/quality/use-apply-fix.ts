import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { createElement, useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../../api/describe-error.ts';
import { queryKeys } from '../../api/queries.ts';
import { scorecardUrl, usePeriod } from '../../app/url-state.ts';
import type { FixPlan } from './fix-plan.ts';
import { FixedNotice } from './FixedNotice.tsx';
import { FixFailedError, runFix, undoFix } from './fix-runner.ts';

export interface ApplyFix {
  /** Applies the plan; `key` names the finding, so its button can show progress. */
  readonly apply: (key: string, plan: FixPlan) => Promise<void>;
  /** The finding whose fix is running; one at a time, so its button shows progress. */
  readonly running: string | null;
}

/**
 * Runs fixes and reports them: "Fixed: …" with Undo (a revert of the fix's edit batch) and, when the fix
 * created something to complete, a button to open it.
 */
export function useApplyFix(
  ws: string,
  sc: string,
  onSelectObjective: (id: string) => void,
): ApplyFix {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [period] = usePeriod();
  const [running, setRunning] = useState<string | null>(null);
  const refresh = useCallback(
    () => client.invalidateQueries({ queryKey: queryKeys.workspace(ws) }),
    [client, ws],
  );

  const apply = useCallback(
    async (key: string, plan: FixPlan) => {
      setRunning(key);
      try {
        const outcome = await runFix(ws, plan);
        const id = `fix-${key}-${Date.now()}`;
        const undo = async () => {
          try {
            await undoFix(ws, outcome.batch);
            notifications.update({
              id,
              color: 'gray',
              title: 'Undone',
              message: 'The strategy is back as it was before the fix.',
              autoClose: 4000,
            });
          } catch (error) {
            notifications.update({
              id,
              color: 'red',
              title: 'Could not undo',
              message: describeError(error),
              autoClose: false,
            });
          } finally {
            await refresh();
          }
        };
        const created = plan.created;
        const open =
          created?.kind === 'kpi'
            ? {
                label: 'Open the KPI',
                go: () =>
                  void navigate(
                    scorecardUrl({ ws, sc }, `kpis/${encodeURIComponent(created.id)}`, { period }),
                  ),
              }
            : created?.kind === 'objective'
              ? { label: 'Show the objective', go: () => onSelectObjective(created.id) }
              : null;
        notifications.show({
          id,
          color: 'teal',
          title: 'Fixed',
          message: createElement(FixedNotice, {
            done: plan.done,
            onUndo: outcome.changes.length > 0 ? undo : null,
            open,
          }),
          autoClose: 12_000,
        });
      } catch (error) {
        const partial = error instanceof FixFailedError && !error.clean;
        notifications.show({
          color: 'red',
          title: partial ? 'Fix only partly applied' : 'Fix not applied',
          message: describeError(error),
          autoClose: partial ? false : 10_000,
        });
      } finally {
        setRunning(null);
        await refresh();
      }
    },
    [ws, sc, period, navigate, onSelectObjective, refresh],
  );
  return { apply, running };
}
