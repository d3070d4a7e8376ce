import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { describeError } from '../api/describe-error.ts';

/**
 * Shown inside the shell when a page cannot even load (its code could not be fetched because the
 * server went away, or a bug threw while rendering): a readable message, never a blank screen.
 */
export function RouteError() {
  const error = useRouteError();
  const client = useQueryClient();
  const failedToFetch = error instanceof TypeError && /fetch|import/i.test(error.message);
  useEffect(() => {
    // A page that failed to download usually means the server is gone: let the banner check.
    if (failedToFetch) void client.refetchQueries({ queryKey: ['health'] });
  }, [client, failedToFetch]);
  return (
    <Alert
      color="red"
      icon={<IconAlertCircle />}
      title={failedToFetch ? 'This page could not be loaded' : 'This page failed'}
      role="alert"
      m="md"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {failedToFetch
            ? 'The Bearing server did not send it. Check that the server is running, then reload.'
            : describeError(error)}
        </Text>
        <Button size="xs" variant="light" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </Stack>
    </Alert>
  );
}
