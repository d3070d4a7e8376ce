import type {
  NotificationListResponse,
  NotificationSettingsBody,
  NotificationSettingsResponse,
} from '@bearing/core';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';

/**
 * The signed-in person's notifications: the bell's list (polled each minute, so a reminder the
 * scheduler queued shows up without a reload) and their channel choices per kind.
 */
export const notificationKeys = {
  all: () => ['notifications'] as const,
  list: () => ['notifications', 'list'] as const,
  settings: () => ['notifications', 'settings'] as const,
};

export function useNotifications(enabled: boolean): UseQueryResult<NotificationListResponse> {
  return useQuery({
    queryKey: notificationKeys.list(),
    queryFn: ({ signal }) =>
      request<NotificationListResponse>(paths.notifications(), {
        signal,
        query: { limit: 30 },
      }),
    enabled,
    refetchInterval: 60_000,
  });
}

/** Marks the ids read, or every notification when `ids` is 'all'. */
export function useMarkRead(): UseMutationResult<unknown, Error, readonly string[] | 'all'> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: readonly string[] | 'all') =>
      request(paths.notificationsRead(), {
        method: 'POST',
        body: ids === 'all' ? { all: true } : { ids },
      }),
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.list() }),
  });
}

export function useNotificationSettings(): UseQueryResult<NotificationSettingsResponse> {
  return useQuery({
    queryKey: notificationKeys.settings(),
    queryFn: ({ signal }) =>
      request<NotificationSettingsResponse>(paths.notificationSettings(), { signal }),
  });
}

export function useSaveNotificationSettings(): UseMutationResult<
  NotificationSettingsResponse,
  Error,
  NotificationSettingsBody
> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationSettingsBody) =>
      request<NotificationSettingsResponse>(paths.notificationSettings(), {
        method: 'PUT',
        body,
      }),
    onSuccess: (answer) => client.setQueryData(notificationKeys.settings(), answer),
  });
}
