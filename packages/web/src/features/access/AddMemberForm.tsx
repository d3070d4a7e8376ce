import { Alert, Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { usePutMember } from '../../api/auth.ts';
import type { Role } from '../../api/auth-types.ts';
import { describeError } from '../../api/describe-error.ts';
import { useScorecards } from '../../api/queries.ts';
import { ROLE_OPTIONS } from './role-labels.ts';

/** Add an account to the workspace by email, with a role, optionally limited to scorecards. */
export function AddMemberForm({ ws }: { ws: string }) {
  const put = usePutMember(ws);
  const scorecards = useScorecards(ws).data ?? [];
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [limit, setLimit] = useState<string[]>([]);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    put.mutate(
      { email: email.trim(), role, scorecards: limit.length > 0 ? limit : null },
      {
        onSuccess: () => {
          setEmail('');
          setLimit([]);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label="Add member">
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Email"
            type="email"
            required
            placeholder="ann@example.com"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <Select
            label="Role"
            data={ROLE_OPTIONS}
            value={role}
            allowDeselect={false}
            onChange={(value) => value && setRole(value)}
            w={300}
          />
          <MultiSelect
            label="Only these scorecards (optional)"
            placeholder={limit.length === 0 ? 'the whole workspace' : undefined}
            data={scorecards.map((s) => ({ value: s.id, label: s.name }))}
            value={limit}
            onChange={setLimit}
            w={280}
          />
          <Button type="submit" loading={put.isPending} disabled={email.trim() === ''}>
            Add member
          </Button>
        </Group>
        {put.error && (
          <Alert color="red" role="alert">
            {describeError(put.error)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
