import { Alert } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isApiError, request } from '../api/client.ts';

/**
 * Makes "offline" and "server down" visible instead of leaving stale screens: watches the
 * browser's online state and polls /api/health.
 */
export function ConnectionBanner() {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  const client = useQueryClient();
  // Any request that could not reach the server re-checks health at once, so the banner shows
  // within a second of the server going away instead of at the next poll.
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated') return;
        const query: { readonly queryKey: readonly unknown[]; readonly state: { error: unknown } } =
          event.query;
        const offline = isApiError(query.state.error) && query.state.error.code === 'OFFLINE';
        if (offline && query.queryKey[0] !== 'health') {
          void client.refetchQueries({ queryKey: ['health'] });
        }
      }),
    [client],
  );
  const health = useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => request<{ status: string }>('/health', { signal }),
    refetchInterval: 15_000,
    retry: false,
  });
  if (online && !health.isError) return null;
  return (
    <Alert
      color="orange"
      radius={0}
      icon={<IconPlugConnectedX size={18} />}
      title={online ? 'The Bearing server is not answering' : 'You are offline'}
      role="status"
      data-testid="connection-banner"
    >
      {online
        ? 'Changes cannot be saved until it is back. This page retries every 15 seconds.'
        : 'Changes cannot be saved until the connection is back.'}
    </Alert>
  );
}
