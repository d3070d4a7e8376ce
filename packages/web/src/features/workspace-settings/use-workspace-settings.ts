import type {
  CycleSettings,
  WebhookBody,
  WebhookCreatedResponse,
  WebhookDeliveryResponse,
  WebhookPatch,
  WebhookResponse,
} from '@bearing/core';
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { queryKeys } from '../../api/queries.ts';

/** The workspace's update-cycle settings and webhooks (administrators). */
const keys = {
  cycle: (ws: string) => [...queryKeys.workspace(ws), 'cycle-settings'] as const,
  webhooks: (ws: string) => [...queryKeys.workspace(ws), 'webhooks'] as const,
  deliveries: (ws: string, id: string) => [...queryKeys.workspace(ws), 'webhooks', id] as const,
};

export function useCycleSettings(ws: string): UseQueryResult<CycleSettings> {
  return useQuery({
    queryKey: keys.cycle(ws),
    queryFn: ({ signal }) => request<CycleSettings>(paths.cycleSettings(ws), { signal }),
  });
}

export function useSaveCycleSettings(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CycleSettings) =>
      request<CycleSettings>(paths.cycleSettings(ws), { method: 'PUT', body }),
    // Grace days change what is due and overdue everywhere.
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.workspace(ws) }),
  });
}

export function useWebhooks(ws: string): UseQueryResult<readonly WebhookResponse[]> {
  return useQuery({
    queryKey: keys.webhooks(ws),
    queryFn: ({ signal }) =>
      request<{ items: WebhookResponse[] }>(paths.webhooks(ws), { signal }).then((r) => r.items),
  });
}

export function useDeliveries(
  ws: string,
  id: string,
  enabled: boolean,
): UseQueryResult<readonly WebhookDeliveryResponse[]> {
  return useQuery({
    queryKey: keys.deliveries(ws, id),
    queryFn: ({ signal }) =>
      request<{ items: WebhookDeliveryResponse[] }>(paths.webhookDeliveries(ws, id), {
        signal,
      }).then((r) => r.items),
    enabled,
    // A test delivery is sent by the scheduler a moment later: watch it land.
    refetchInterval: enabled ? 5_000 : false,
  });
}

/** Every webhook write refreshes the list and the delivery logs. */
function useWebhookWrite<TVars, TResult>(ws: string, write: (vars: TVars) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => client.invalidateQueries({ queryKey: keys.webhooks(ws) }),
  });
}

export function useAddWebhook(ws: string) {
  return useWebhookWrite(ws, (body: WebhookBody) =>
    request<WebhookCreatedResponse>(paths.webhooks(ws), { method: 'POST', body }),
  );
}

export function useChangeWebhook(ws: string) {
  return useWebhookWrite(ws, ({ id, patch }: { id: string; patch: WebhookPatch }) =>
    request<WebhookResponse>(paths.webhook(ws, id), { method: 'PATCH', body: patch }),
  );
}

export function useDeleteWebhook(ws: string) {
  return useWebhookWrite(ws, (id: string) =>
    request<undefined>(paths.webhook(ws, id), { method: 'DELETE' }),
  );
}

export function useTestWebhook(ws: string) {
  return useWebhookWrite(ws, (id: string) =>
    request<WebhookDeliveryResponse>(paths.webhookTest(ws, id), { method: 'POST' }),
  );
}
