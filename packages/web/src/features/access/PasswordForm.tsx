import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SyntheticEvent } from 'react';
import { useAuthConfig, useChangePassword } from '../../api/auth.ts';
import { describeError } from '../../api/describe-error.ts';

/** Change password: the server signs out every other session and keeps this one. */
export function PasswordForm() {
  const min = useAuthConfig().data?.minPasswordLength ?? 10;
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    change.mutate(
      { current, password },
      {
        onSuccess: () => {
          setCurrent('');
          setPassword('');
          notifications.show({
            color: 'green',
            message: 'Password changed. Your other sessions are signed out.',
          });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label="Change password">
      <Stack gap="sm" maw={360}>
        <PasswordInput
          label="Current password"
          required
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
        />
        <PasswordInput
          label="New password"
          description={`At least ${min} characters`}
          required
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        {change.error && (
          <Alert color="red" role="alert">
            {describeError(change.error)}
          </Alert>
        )}
        <Button type="submit" loading={change.isPending} disabled={password.length < min}>
          Change password
        </Button>
      </Stack>
    </form>
  );
}
