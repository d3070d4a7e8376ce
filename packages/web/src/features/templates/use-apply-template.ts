import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { request } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';
import { paths } from '../../api/paths.ts';
import { queryKeys } from '../../api/queries.ts';
import { duplicateScorecardId } from './create-workspace.ts';
import type { DuplicateInfo } from './DuplicateScorecardModal.tsx';
import type { TemplateSummary } from './templates.api.ts';

interface ImportResult {
  readonly scorecards: readonly string[];
}

/**
 * "Use this template": import it into the workspace, then open its map. A scorecard id the
 * workspace already has opens the duplicate dialog (offering a new workspace) instead of failing.
 */
export function useApplyTemplate(ws: string) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<
    (DuplicateInfo & { template: TemplateSummary }) | null
  >(null);

  const run = async (target: string, template: TemplateSummary): Promise<void> => {
    const result = await request<ImportResult>(paths.applyTemplate(target, template.name), {
      method: 'POST',
    });
    void client.invalidateQueries({ queryKey: queryKeys.workspace(target) });
    void client.invalidateQueries({ queryKey: queryKeys.workspaces() });
    const first = result.scorecards[0];
    notifications.show({
      color: 'green',
      message: `“${template.title}” added to workspace ${target}.`,
    });
    const base = `/w/${encodeURIComponent(target)}`;
    void navigate(first === undefined ? base : `${base}/s/${encodeURIComponent(first)}/map`);
  };

  const apply = async (template: TemplateSummary): Promise<void> => {
    setPending(template.name);
    try {
      await run(ws, template);
    } catch (error) {
      const scorecard = duplicateScorecardId(error);
      if (scorecard !== null) {
        setDuplicate({
          ws,
          scorecard,
          suggestedName: template.organization ?? template.title,
          template,
        });
      } else {
        notifications.show({
          color: 'red',
          title: 'The template was not added',
          message: describeError(error),
          autoClose: 8000,
        });
      }
    } finally {
      setPending(null);
    }
  };

  return {
    apply,
    /** The template being applied, for its button's spinner. */
    pending,
    duplicate,
    closeDuplicate: () => setDuplicate(null),
    /** Applies the duplicate's template to another (new) workspace; errors go to the dialog. */
    placeDuplicate: async (target: string) => {
      if (duplicate === null) return;
      await run(target, duplicate.template);
      setDuplicate(null);
    },
  };
}
