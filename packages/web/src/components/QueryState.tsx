import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconPlugConnectedX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { isApiError } from '../api/client.ts';
import { describeError } from '../api/describe-error.ts';

interface QueryLike<T> {
  readonly data: T | undefined;
  readonly error: Error | null;
  readonly isPending: boolean;
  readonly refetch: () => unknown;
}

/**
 * Renders a query's loading and error states the same way everywhere, so no screen is ever
 * blank: a loader, or the API's message with a retry button, or the children with the data.
 */
export function QueryState<T>({
  query,
  children,
  label,
}: {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  label?: string;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) return <ErrorPanel error={query.error} retry={() => void query.refetch()} />;
  return (
    <Center p="xl" aria-busy="true">
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          Loading {label ?? ''}…
        </Text>
      </Stack>
    </Center>
  );
}

export function ErrorPanel({ error, retry }: { error: unknown; retry?: () => void }) {
  const offline = isApiError(error) && error.code === 'OFFLINE';
  const notFound = isApiError(error) && error.code === 'NOT_FOUND';
  return (
    <Alert
      m="md"
      color={offline ? 'orange' : 'red'}
      icon={offline ? <IconPlugConnectedX /> : <IconAlertCircle />}
      title={offline ? 'Server unreachable' : notFound ? 'Not found' : 'Something went wrong'}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{describeError(error)}</Text>
        {retry && (
          <Button size="xs" variant="light" onClick={retry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
