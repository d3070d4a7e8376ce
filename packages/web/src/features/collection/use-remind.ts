import type { MailStatus, RemindRequest, RemindResult } from '@bearing/core';
import { useMutation, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';

/** Whether this server sends e-mail; without SMTP, reminders reach people in the app only. */
export function useMailStatus(): UseQueryResult<MailStatus> {
  return useQuery({
    queryKey: ['mail-status'],
    queryFn: ({ signal }) => request<MailStatus>(paths.mailStatus(), { signal }),
    staleTime: 5 * 60_000,
  });
}

/** Reminds the owners named (or all who owe values) of what they owe now. */
export function useRemind(ws: string) {
  return useMutation({
    mutationFn: (body: RemindRequest) =>
      request<RemindResult>(paths.cycleRemind(ws), { method: 'POST', body }),
  });
}
