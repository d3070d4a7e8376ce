import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuthConfig, useSetup } from '../../api/auth.ts';
import { describeError } from '../../api/describe-error.ts';
import { AuthCard } from './AuthCard.tsx';

/** /setup: the first administrator, from the machine Bearing runs on. It turns accounts on. */
export function SetupPage() {
  const config = useAuthConfig();
  const setup = useSetup();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const min = config.data?.minPasswordLength ?? 10;

  if (config.data && !config.data.setup) {
    return (
      <AuthCard title="Create the first administrator">
        <Text size="sm">
          {config.data.mode === 'accounts'
            ? 'Accounts are already turned on: an administrator adds people.'
            : 'The first administrator can be created only from the machine Bearing runs on (open it at 127.0.0.1), or with `bearing users add EMAIL --admin`.'}
        </Text>
        <Anchor component={Link} to="/sign-in">
          Sign in
        </Anchor>
      </AuthCard>
    );
  }

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setup.mutate(
      { email: email.trim(), name: name.trim(), password },
      { onSuccess: () => void navigate('/', { replace: true }) },
    );
  };

  return (
    <AuthCard title="Create the first administrator">
      <Text size="sm" c="dimmed">
        Creating an administrator turns on accounts: from then on everyone signs in, and you add
        people to workspaces with a role.
      </Text>
      <form onSubmit={submit} aria-label="First administrator">
        <Stack gap="sm">
          <TextInput
            label="Email"
            type="email"
            required
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <PasswordInput
            label="Password"
            description={`At least ${min} characters`}
            required
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={password !== '' && password.length < min ? `At least ${min} characters` : null}
          />
          {setup.error && (
            <Alert color="red" role="alert">
              {describeError(setup.error)}
            </Alert>
          )}
          <Button type="submit" loading={setup.isPending} disabled={password.length < min}>
            Create administrator
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
