import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useCreateToken, useRevokeToken, useTokens } from '../../api/auth.ts';
import type { CreatedToken, TokenScope } from '../../api/auth-types.ts';
import { describeError } from '../../api/describe-error.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../lib/format.ts';

const SCOPES: readonly { value: TokenScope; label: string }[] = [
  { value: 'read', label: 'read — read everything you can' },
  { value: 'values', label: 'values — read and enter values' },
  { value: 'write', label: 'write — everything your role allows' },
];

/** Personal API tokens: create (shown once), list with last use, revoke. */
export function TokensSection() {
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');
  const [expires, setExpires] = useState('');
  const [created, setCreated] = useState<CreatedToken | null>(null);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name: name.trim(),
        scope,
        ...(expires ? { expiresAt: new Date(`${expires}T23:59:59`).toISOString() } : {}),
      },
      {
        onSuccess: (answer) => {
          setCreated(answer);
          setName('');
          setExpires('');
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <form onSubmit={submit} aria-label="New API token">
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Token name"
            placeholder="nightly import"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Select
            label="Scope"
            data={SCOPES}
            value={scope}
            allowDeselect={false}
            onChange={(value) => value && setScope(value)}
            w={280}
          />
          <TextInput
            label="Expires (optional)"
            type="date"
            value={expires}
            onChange={(e) => setExpires(e.currentTarget.value)}
          />
          <Button type="submit" loading={create.isPending} disabled={name.trim() === ''}>
            Create token
          </Button>
        </Group>
      </form>
      {create.error && (
        <Alert color="red" role="alert">
          {describeError(create.error)}
        </Alert>
      )}
      {created && (
        <Alert color="green" title={`Token "${created.record.name}" created`}>
          <Text size="sm" mb="xs">
            Copy it now: it is shown only this once. Send it as <Code>Authorization: Bearer …</Code>
            .
          </Text>
          <Group gap="sm">
            <Code aria-label="New token">{created.token}</Code>
            <CopyButton value={created.token}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      <QueryState query={tokens} label="API tokens">
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              No API tokens yet.
            </Text>
          ) : (
            <Table aria-label="API tokens">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Scope</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Expires</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td>{token.name}</Table.Td>
                    <Table.Td>{token.scope}</Table.Td>
                    <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
                    <Table.Td>
                      {token.expiresAt ? formatDateTime(token.expiresAt) : 'never'}
                    </Table.Td>
                    <Table.Td>
                      {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'never'}
                    </Table.Td>
                    <Table.Td>
                      {token.revokedAt ? (
                        <Text size="sm" c="dimmed">
                          revoked
                        </Text>
                      ) : (
                        <Button
                          size="xs"
                          color="red"
                          variant="subtle"
                          loading={revoke.isPending && revoke.variables === token.id}
                          onClick={() => revoke.mutate(token.id)}
                          aria-label={`Revoke ${token.name}`}
                        >
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      {revoke.error && (
        <Alert color="red" role="alert">
          {describeError(revoke.error)}
        </Alert>
      )}
    </Stack>
  );
}
