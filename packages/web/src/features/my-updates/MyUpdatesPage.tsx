import type { MyUpdatesResponse, OwedValueResponse as OwedValue } from '@bearing/core';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';
import { useSearchParam, useWorkspaceKey } from '../../app/url-state.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { type Drafts, checkForm, rowKey, rowOfErrorPath } from './my-updates-form.ts';
import { useMyUpdates, useSaveMyUpdates } from './use-my-updates.ts';

const STATE_COLOR = { overdue: 'red', due: 'yellow', upcoming: 'gray', entered: 'green' } as const;

/**
 * /w/:ws/updates — "My updates": every value the signed-in person owes for a period, across
 * all scorecards, in one form. Reminder e-mails and notifications link here. Save all writes
 * them in one transaction: one refused value saves none and is marked at its row.
 */
export function MyUpdatesPage() {
  const ws = useWorkspaceKey();
  const [period, setPeriod] = useSearchParam('period');
  const [draft, setDraft] = useState(period ?? '');
  const updates = useMyUpdates(ws, period);
  const apply = () => setPeriod(draft.trim() === '' ? null : draft.trim());
  return (
    <Stack gap="md" maw={1100}>
      <div>
        <Title order={1} size="h2">
          My updates
        </Title>
        <Text size="sm" c="dimmed">
          The KPI values you owe for the period, on every scorecard. Enter them and save once.
        </Text>
      </div>
      <TextInput
        label="Period"
        description="2026-11, 2026-Q4 …; empty: the last month that has ended"
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
        }}
        w={260}
      />
      <QueryState query={updates} label="your updates">
        {(answer) => <UpdatesForm key={answer.period} ws={ws} answer={answer} />}
      </QueryState>
    </Stack>
  );
}

function UpdatesForm({ ws, answer }: { ws: string; answer: MyUpdatesResponse }) {
  const [drafts, setDrafts] = useState<Drafts>({});
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSaveMyUpdates(ws);
  const { items } = answer;

  if (items.length === 0) {
    return (
      <Text>
        {answer.owner === null ? 'No KPI values' : `No KPI values owned by ${answer.owner}`} fall
        due in {answer.period}.
      </Text>
    );
  }
  const missing = items.filter((i) => i.state !== 'entered').length;

  const submit = () => {
    setFailure(null);
    setSaved(null);
    const check = checkForm(items, drafts);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    if (check.body.values.length === 0) {
      setFailure('Nothing to save: type a value first.');
      return;
    }
    save.mutate(check.body, {
      onSuccess: (result) => {
        setDrafts({});
        setSaved(`Saved ${result.written} value${result.written === 1 ? '' : 's'}.`);
      },
      onError: (error) => {
        const row = isApiError(error) ? rowOfErrorPath(error.path ?? undefined, check.keys) : null;
        if (row !== null && isApiError(error)) setErrors({ [row]: error.message });
        setFailure(
          row === null
            ? `Nothing was saved: ${describeError(error)}`
            : 'Nothing was saved: correct the marked value and save again.',
        );
      },
    });
  };

  return (
    <Stack gap="sm">
      <Text fw={600}>
        {answer.period} as of {answer.today}: {items.length} value{items.length === 1 ? '' : 's'}{' '}
        owed, {missing} still missing
        {answer.owner !== null && <> ({answer.owner})</>}
      </Text>
      <Table striped aria-label="My updates">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>State</Table.Th>
            <Table.Th>KPI</Table.Th>
            <Table.Th>Scorecard</Table.Th>
            <Table.Th>Period</Table.Th>
            <Table.Th>Due by</Table.Th>
            <Table.Th w={200}>Value</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <UpdateRow
              key={rowKey(item)}
              ws={ws}
              item={item}
              text={drafts[rowKey(item)]}
              error={errors[rowKey(item)]}
              onChange={(text) => setDrafts((d) => ({ ...d, [rowKey(item)]: text }))}
            />
          ))}
        </Table.Tbody>
      </Table>
      {failure !== null && (
        <Alert color="red" title="Not saved">
          {failure}
        </Alert>
      )}
      <Group>
        <Button onClick={submit} loading={save.isPending}>
          Save all
        </Button>
        {saved !== null && (
          <Text c="green" role="status">
            {saved}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

function UpdateRow({
  ws,
  item,
  text,
  error,
  onChange,
}: {
  ws: string;
  item: OwedValue;
  text: string | undefined;
  error: string | undefined;
  onChange: (text: string) => void;
}) {
  const kpiPath = `/w/${encodeURIComponent(ws)}/s/${encodeURIComponent(item.scorecard)}/kpis/${encodeURIComponent(item.kpi)}`;
  return (
    <Table.Tr>
      <Table.Td>
        <Badge color={STATE_COLOR[item.state]} variant="light">
          {item.state}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={kpiPath}>
          {item.kpiName}
        </Anchor>
      </Table.Td>
      <Table.Td>{item.scorecardName}</Table.Td>
      <Table.Td>{item.period}</Table.Td>
      <Table.Td>{item.dueBy}</Table.Td>
      <Table.Td>
        <TextInput
          aria-label={`${item.kpiName} for ${item.period}`}
          inputMode="decimal"
          placeholder={item.value === null ? 'value' : undefined}
          value={text ?? (item.value === null ? '' : String(item.value))}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
        />
      </Table.Td>
    </Table.Tr>
  );
}
