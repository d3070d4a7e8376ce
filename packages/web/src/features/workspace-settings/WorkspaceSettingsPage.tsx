import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useMe } from '../../api/auth.ts';
import { useCan } from '../../api/use-can.ts';
import { useWorkspaceKey } from '../../app/url-state.ts';
import { CycleSettingsSection } from './CycleSettingsForm.tsx';
import { WebhooksSection } from './WebhooksSection.tsx';

/**
 * /w/:ws/settings — what a workspace administrator sets for everyone: the update cycle and the
 * webhooks. Anyone can read the cycle (it decides what is overdue); the server refuses changes
 * from everyone but administrators, and this page says so instead of offering them.
 */
export function WorkspaceSettingsPage() {
  const ws = useWorkspaceKey();
  const admin = useCan('workspace.admin', { workspace: ws });
  // Wait for who is signed in: an editor should not see the forms flash up (and fail).
  const me = useMe();
  if (me.isPending) return null;
  return (
    <Stack gap="lg" maw={1000}>
      <Title order={1} size="h2">
        Workspace settings
      </Title>
      {!admin.allowed ? (
        <Alert color="gray" title="Administrators only">
          {admin.reason}: ask a workspace administrator to change the update cycle or webhooks.
        </Alert>
      ) : (
        <>
          <Paper withBorder p="md">
            <Title order={2} size="h4">
              Update cycle
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              When missing values become overdue, when their owners are reminded, and when the
              monthly digest goes out.
            </Text>
            <CycleSettingsSection ws={ws} />
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h4">
              Webhooks
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              Bearing POSTs signed JSON to these addresses when values are written, statuses change,
              the strategy changes or an import finishes.
            </Text>
            <WebhooksSection ws={ws} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
