import type { NotificationSettingsResponse } from '@bearing/core';
import { Checkbox, Stack, Table, Text } from '@mantine/core';
import { describeError } from '../../api/describe-error.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useNotificationSettings, useSaveNotificationSettings } from './use-notifications.ts';

type KindSetting = NotificationSettingsResponse['kinds'][number];

/**
 * On the account page: per kind of notification, whether it shows in the bell and whether it is
 * e-mailed. Each tick is saved at once; clearing both mutes the kind.
 */
export function NotificationSettingsSection() {
  const settings = useNotificationSettings();
  return (
    <QueryState query={settings} label="your notification settings">
      {(answer) => <SettingsTable settings={answer} />}
    </QueryState>
  );
}

function SettingsTable({ settings }: { settings: NotificationSettingsResponse }) {
  const save = useSaveNotificationSettings();
  const change = (kind: KindSetting, channel: 'inApp' | 'email', on: boolean) =>
    save.mutate({
      kinds: [{ kind: kind.kind, inApp: kind.inApp, email: kind.email, [channel]: on }],
    });
  return (
    <Stack gap="xs">
      {!settings.emailConfigured && (
        <Text size="sm" c="dimmed">
          This server sends no e-mail (BEARING_SMTP_HOST is not set): your e-mail choices are kept
          and apply once it does.
        </Text>
      )}
      <Table aria-label="Notification settings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Notify me when</Table.Th>
            <Table.Th ta="center">In Bearing</Table.Th>
            <Table.Th ta="center">By e-mail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {settings.kinds.map((kind) => (
            <Table.Tr key={kind.kind}>
              <Table.Td>
                {kind.label}
                {!kind.inApp && !kind.email && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    (muted)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Checkbox
                  mx="auto"
                  w="fit-content"
                  aria-label={`${kind.label}: in Bearing`}
                  checked={kind.inApp}
                  onChange={(e) => change(kind, 'inApp', e.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                <Checkbox
                  mx="auto"
                  w="fit-content"
                  aria-label={`${kind.label}: by e-mail`}
                  checked={kind.email}
                  onChange={(e) => change(kind, 'email', e.currentTarget.checked)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {save.error !== null && (
        <Text c="red" size="sm" role="alert">
          Not saved: {describeError(save.error)}
        </Text>
      )}
    </Stack>
  );
}
