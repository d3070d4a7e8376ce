import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { useAuthConfig, useSignInLink } from '../../api/auth.ts';
import { describeError } from '../../api/describe-error.ts';
import { AuthCard } from './AuthCard.tsx';

/**
 * /sign-in/link#<secret>: the one-time link `bearing users add` prints. The secret is in the
 * fragment, so it never reaches a server log; it is sent once, with the new password.
 */
export function SignInLinkPage() {
  const secret = window.location.hash.replace(/^#/, '');
  const min = useAuthConfig().data?.minPasswordLength ?? 10;
  const link = useSignInLink();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');

  if (!secret) {
    return (
      <AuthCard title="Sign-in link">
        <Text size="sm">
          This address has no sign-in code. Open the whole link you were given (it ends in #…), or
          ask an administrator for a new one.
        </Text>
      </AuthCard>
    );
  }

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    link.mutate({ secret, password }, { onSuccess: () => void navigate('/', { replace: true }) });
  };

  return (
    <AuthCard title="Set your password">
      <Text size="sm" c="dimmed">
        This link works once. Choose the password you will sign in with from now on.
      </Text>
      <form onSubmit={submit} aria-label="Set your password">
        <Stack gap="sm">
          <PasswordInput
            label="New password"
            description={`At least ${min} characters`}
            required
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {link.error && (
            <Alert color="red" role="alert">
              {describeError(link.error)}
            </Alert>
          )}
          <Button type="submit" loading={link.isPending} disabled={password.length < min}>
            Set password and sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
