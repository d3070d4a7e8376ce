import { Alert, Button, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useMembers, usePutMember, useRemoveMember } from '../../api/auth.ts';
import type { Member } from '../../api/auth-types.ts';
import { describeError } from '../../api/describe-error.ts';
import { useCan } from '../../api/use-can.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { AddMemberForm } from './AddMemberForm.tsx';
import { ROLE_OPTIONS } from './role-labels.ts';

/** /w/:ws/members: the workspace's people and their roles (workspace administrators). */
export function MembersPage() {
  const { ws = 'default' } = useParams();
  const can = useCan('workspace.admin', { workspace: ws });
  const members = useMembers(ws);
  if (!can.allowed) {
    return (
      <Alert color="yellow" title="Members">
        {can.reason ?? 'Not allowed'}: only the workspace&apos;s administrators manage its members.
      </Alert>
    );
  }
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1} size="h2">
        Members
      </Title>
      <Paper withBorder p="md">
        <AddMemberForm ws={ws} />
      </Paper>
      <QueryState query={members} label="members">
        {(list) => <MembersTable ws={ws} members={list} />}
      </QueryState>
    </Stack>
  );
}

function MembersTable({ ws, members }: { ws: string; members: readonly Member[] }) {
  const put = usePutMember(ws);
  const remove = useRemoveMember(ws);
  const error = put.error ?? remove.error;
  return (
    <Stack gap="sm">
      {error && (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      )}
      <Table aria-label="Members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Scorecards</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.accountId}>
              <Table.Td>{m.name}</Table.Td>
              <Table.Td>{m.email}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Role of ${m.email}`}
                  data={ROLE_OPTIONS}
                  value={m.role}
                  allowDeselect={false}
                  onChange={(role) =>
                    role && put.mutate({ email: m.email, role, scorecards: m.scorecards })
                  }
                  w={300}
                />
              </Table.Td>
              <Table.Td>
                {m.scorecards ? (
                  m.scorecards.join(', ')
                ) : (
                  <Text size="sm" c="dimmed">
                    all
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  color="red"
                  variant="subtle"
                  aria-label={`Remove ${m.email}`}
                  onClick={() => remove.mutate(m.email)}
                >
                  Remove
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
