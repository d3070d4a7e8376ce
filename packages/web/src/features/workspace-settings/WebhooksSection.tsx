import {
  SUBSCRIBABLE_EVENTS,
  type SubscribableEvent,
  type WebhookCreatedResponse,
  type WebhookResponse,
} from '@bearing/core';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../lib/format.ts';
import {
  useAddWebhook,
  useChangeWebhook,
  useDeleteWebhook,
  useDeliveries,
  useTestWebhook,
  useWebhooks,
} from './use-workspace-settings.ts';

const EVENT_LABELS: Readonly<Record<SubscribableEvent, string>> = {
  'value.written': 'A value is written',
  'status.changed': 'A KPI changes status',
  'strategy.changed': 'The strategy changes',
  'import.finished': 'An import finishes',
};

/**
 * The workspace's webhooks: where Bearing POSTs signed JSON when something happens, each with a
 * "Send test" and the log of its last deliveries (docs/notifications.md, "Webhooks").
 */
export function WebhooksSection({ ws }: { ws: string }) {
  const webhooks = useWebhooks(ws);
  const [created, setCreated] = useState<WebhookCreatedResponse | null>(null);
  return (
    <Stack gap="md">
      {created !== null && (
        <Alert color="green" title="Webhook added" withCloseButton onClose={() => setCreated(null)}>
          <Text size="sm">
            Its signing secret, shown only now: keep it with the receiver, which checks the
            Bearing-Signature header with it.
          </Text>
          <Code block mt="xs" aria-label="Signing secret">
            {created.secret}
          </Code>
        </Alert>
      )}
      <QueryState query={webhooks} label="the webhooks">
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              No webhooks yet.
            </Text>
          ) : (
            <Stack gap="sm">
              {list.map((w) => (
                <WebhookCard key={w.id} ws={ws} webhook={w} />
              ))}
            </Stack>
          )
        }
      </QueryState>
      <AddWebhookForm ws={ws} onAdded={setCreated} />
    </Stack>
  );
}

function AddWebhookForm({
  ws,
  onAdded,
}: {
  ws: string;
  onAdded: (created: WebhookCreatedResponse) => void;
}) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<string[]>([...SUBSCRIBABLE_EVENTS]);
  const add = useAddWebhook(ws);
  // A refused URL is shown at the URL field; anything else below the form.
  const urlError =
    isApiError(add.error) && (add.error.path ?? '').endsWith('url')
      ? describeError(add.error)
      : undefined;
  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="xs">
        Add a webhook
      </Text>
      <Stack gap="xs">
        <TextInput
          label="URL"
          placeholder="https://example.org/bearing-hook"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={urlError}
        />
        <TextInput
          label="Description"
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Checkbox.Group label="Events" value={events} onChange={setEvents}>
          <Group mt={4}>
            {SUBSCRIBABLE_EVENTS.map((e) => (
              <Checkbox key={e} value={e} label={EVENT_LABELS[e]} />
            ))}
          </Group>
        </Checkbox.Group>
        {add.error !== null && urlError === undefined && (
          <Text c="red" size="sm" role="alert">
            {describeError(add.error)}
          </Text>
        )}
        <Group>
          <Button
            loading={add.isPending}
            onClick={() =>
              add.mutate(
                { url: url.trim(), description, events: events as SubscribableEvent[] },
                {
                  onSuccess: (created) => {
                    setUrl('');
                    setDescription('');
                    onAdded(created);
                  },
                },
              )
            }
          >
            Add webhook
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function WebhookCard({ ws, webhook }: { ws: string; webhook: WebhookResponse }) {
  const [showLog, setShowLog] = useState(false);
  const change = useChangeWebhook(ws);
  const remove = useDeleteWebhook(ws);
  const test = useTestWebhook(ws);
  const failure = change.error ?? remove.error ?? test.error;
  return (
    <Paper withBorder p="md" aria-label={`Webhook ${webhook.url}`}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600} style={{ wordBreak: 'break-all' }}>
            {webhook.url}
          </Text>
          {webhook.description !== '' && (
            <Text size="sm" c="dimmed">
              {webhook.description}
            </Text>
          )}
          <Group gap={4} mt={4}>
            {webhook.events.map((e) => (
              <Badge key={e} variant="light" size="sm">
                {EVENT_LABELS[e]}
              </Badge>
            ))}
          </Group>
        </div>
        <Switch
          label="Active"
          checked={webhook.active}
          onChange={(e) =>
            change.mutate({ id: webhook.id, patch: { active: e.currentTarget.checked } })
          }
        />
      </Group>
      <Group mt="sm" gap="xs">
        <Button
          size="xs"
          variant="light"
          loading={test.isPending}
          onClick={() =>
            test.mutate(webhook.id, {
              onSuccess: () => setShowLog(true),
            })
          }
        >
          Send test
        </Button>
        <Button size="xs" variant="subtle" onClick={() => setShowLog((s) => !s)}>
          {showLog ? 'Hide deliveries' : 'Show deliveries'}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          loading={remove.isPending}
          onClick={() => {
            if (window.confirm(`Remove the webhook to ${webhook.url} and its delivery log?`)) {
              remove.mutate(webhook.id);
            }
          }}
        >
          Remove
        </Button>
      </Group>
      {failure !== null && (
        <Text c="red" size="sm" mt="xs" role="alert">
          {describeError(failure)}
        </Text>
      )}
      {showLog && <DeliveryLog ws={ws} id={webhook.id} />}
    </Paper>
  );
}

const STATE_COLOR = { pending: 'gray', delivered: 'green', failed: 'red' } as const;

function DeliveryLog({ ws, id }: { ws: string; id: string }) {
  const deliveries = useDeliveries(ws, id, true);
  return (
    <QueryState query={deliveries} label="the deliveries">
      {(list) =>
        list.length === 0 ? (
          <Text size="sm" c="dimmed" mt="xs">
            Nothing delivered yet.
          </Text>
        ) : (
          <Table mt="xs" aria-label="Deliveries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Event</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Attempts</Table.Th>
                <Table.Th>Last answer</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
                  <Table.Td>{d.event}</Table.Td>
                  <Table.Td>
                    <Badge color={STATE_COLOR[d.state]} variant="light">
                      {d.state}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{d.attempts}</Table.Td>
                  <Table.Td>
                    <Text size="xs" lineClamp={2} style={{ wordBreak: 'break-all' }}>
                      {d.lastStatus !== null ? `HTTP ${d.lastStatus}` : ''}
                      {d.lastError !== null ? ` ${d.lastError}` : ''}
                      {d.lastResponse !== null && d.lastResponse !== ''
                        ? ` — ${d.lastResponse}`
                        : ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    </QueryState>
  );
}
