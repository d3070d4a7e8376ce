import {
  Alert,
  Anchor,
  Button,
  Divider,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuthConfig, useLogin } from '../../api/auth.ts';
import { apiUrl } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';
import { paths } from '../../api/paths.ts';
import { safeNext } from '../../app/sign-in-redirect.ts';
import { AuthCard } from './AuthCard.tsx';

/** /sign-in: email and password, or single sign-on when configured; back to `next` after. */
export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const config = useAuthConfig().data;
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );
  };

  return (
    <AuthCard title="Sign in">
      {config?.setup && (
        <Text size="sm">
          No accounts yet.{' '}
          <Anchor component={Link} to="/setup">
            Create the first administrator
          </Anchor>
          .
        </Text>
      )}
      <form onSubmit={submit} aria-label="Sign in">
        <Stack gap="sm">
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {login.error && (
            <Alert color="red" role="alert">
              {describeSignInError(login.error)}
            </Alert>
          )}
          <Button type="submit" loading={login.isPending}>
            Sign in
          </Button>
        </Stack>
      </form>
      {config?.oidc && (
        <>
          <Divider label="or" />
          <Button component="a" variant="default" href={apiUrl(paths.oidcStart())}>
            Sign in with {config.oidc.label}
          </Button>
        </>
      )}
    </AuthCard>
  );
}

function describeSignInError(error: Error): string {
  const text = describeError(error);
  return text.endsWith('.') ? text : `${text}.`;
}
