/**
 * Writes. Every write goes through `useWrite`, which refreshes the workspace's queries after it
 * lands and shows failures as readable notifications. A stale edit (409 CONFLICT) is not shown as
 * an error: it is returned to the caller, which opens the conflict dialog (components/ConflictDialog).
 */
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { isApiError } from './client.ts';
import { queryKeys } from './queries.ts';
import { describeError } from './describe-error.ts';

export interface WriteOptions {
  /** Shown briefly when the write succeeds; omit for quiet writes (drags, inline edits). */
  readonly success?: string;
  /** Called with a 409 CONFLICT instead of the error notification. */
  readonly onConflict?: (current: unknown) => void;
}

export function useWrite<TVars, TResult>(
  ws: string,
  write: (vars: TVars) => Promise<TResult>,
  options: WriteOptions = {},
): UseMutationResult<TResult, Error, TVars> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      if (options.success) notifications.show({ color: 'green', message: options.success });
    },
    onError: (error) => {
      if (isApiError(error) && error.isConflict && options.onConflict) {
        options.onConflict(error.body.current);
        return;
      }
      notifications.show({
        color: 'red',
        title: 'Not saved',
        message: describeError(error),
        autoClose: 8000,
      });
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.workspace(ws) }),
  });
}
