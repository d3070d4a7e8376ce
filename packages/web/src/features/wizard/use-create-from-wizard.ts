import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';
import { queryKeys } from '../../api/queries.ts';
import { duplicateScorecardId } from '../templates/create-workspace.ts';
import type { DuplicateInfo } from '../templates/DuplicateScorecardModal.tsx';
import { createFromAnswers } from './wizard.api.ts';
import { errorsOf, type FieldErrors } from './wizard-steps.ts';

interface Options {
  /** Called once the map exists, before leaving the wizard (to forget the saved answers). */
  readonly onCreated: () => void;
  /** The server refused the answers (400 VALIDATION): show its issues at their fields. */
  readonly onInvalid: (errors: FieldErrors) => void;
}

/**
 * "Create": generate and import the map, then open it. A scorecard id the workspace already has
 * opens the duplicate dialog, which can create a new workspace and put the map there.
 */
export function useCreateFromWizard(ws: string, { onCreated, onInvalid }: Options) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [duplicate, setDuplicate] = useState<
    (DuplicateInfo & { answers: Record<string, unknown> }) | null
  >(null);

  const finish = async (target: string, answers: Record<string, unknown>) => {
    const result = await createFromAnswers(target, answers);
    void client.invalidateQueries({ queryKey: queryKeys.workspace(target) });
    void client.invalidateQueries({ queryKey: queryKeys.workspaces() });
    onCreated();
    notifications.show({
      color: 'green',
      title: 'Your strategy map is ready',
      message: 'Set the PLACEHOLDER baselines and targets of its KPIs, then enter values.',
      autoClose: 10000,
    });
    const id = result.scorecards[0];
    const base = `/w/${encodeURIComponent(target)}`;
    void navigate(id === undefined ? base : `${base}/s/${encodeURIComponent(id)}/map`);
  };

  const create = async (answers: Record<string, unknown>, suggestedName: string) => {
    setBusy(true);
    try {
      await finish(ws, answers);
    } catch (error) {
      const scorecard = duplicateScorecardId(error);
      if (scorecard !== null) {
        setDuplicate({ ws, scorecard, suggestedName, answers });
      } else if (isApiError(error) && error.code === 'VALIDATION' && error.body.issues) {
        onInvalid(
          errorsOf(error.body.issues.map((i) => ({ code: 'INVALID_TYPE' as const, ...i }))),
        );
      } else {
        notifications.show({
          color: 'red',
          title: 'The map was not created',
          message: describeError(error),
          autoClose: 8000,
        });
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    create,
    busy,
    duplicate,
    closeDuplicate: () => setDuplicate(null),
    placeDuplicate: async (target: string) => {
      if (duplicate === null) return;
      await finish(target, duplicate.answers);
      setDuplicate(null);
    },
  };
}
