import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useMe } from '../../api/auth.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { NotificationSettingsSection } from '../notifications/NotificationSettingsSection.tsx';
import { PasswordForm } from './PasswordForm.tsx';
import { TokensSection } from './TokensSection.tsx';

/** /account: who you are, your password, your notifications, your API tokens. */
export function AccountPage() {
  const me = useMe();
  return (
    <Stack gap="lg" p="md" maw={1000}>
      <Title order={1} size="h2">
        Account
      </Title>
      <QueryState query={me} label="your account">
        {(subject) =>
          subject.kind === 'local' ? (
            <Text>
              Bearing runs in local mode: there are no accounts, and everyone who can open it is the
              owner.{' '}
              <Anchor component={Link} to="/setup">
                Create an administrator
              </Anchor>{' '}
              to turn accounts on.
            </Text>
          ) : (
            <>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="xs">
                  Profile
                </Title>
                <Text>{subject.name}</Text>
                <Text c="dimmed">{subject.email}</Text>
                {subject.instanceAdmin && (
                  <Text size="sm" mt="xs">
                    Instance administrator: you see every workspace.
                  </Text>
                )}
              </Paper>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  Password
                </Title>
                <PasswordForm />
              </Paper>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  Notifications
                </Title>
                <NotificationSettingsSection />
              </Paper>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  API tokens
                </Title>
                <TokensSection />
              </Paper>
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
