import type { RemindResult } from '@bearing/core';
import { Alert, Button, List, Text, Tooltip } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { describeError } from '../../api/describe-error.ts';
import { useCan } from '../../api/use-can.ts';
import { useMailStatus, useRemind } from './use-remind.ts';

/** What a remind answered, in words: how many were reminded, who could not be, and why. */
export function RemindOutcome({
  result,
  error,
}: {
  result: RemindResult | undefined;
  error: Error | null;
}) {
  if (error !== null) {
    return (
      <Alert color="red" title="No reminder sent">
        {describeError(error)}
      </Alert>
    );
  }
  if (result === undefined) return null;
  return (
    <Alert color={result.queued > 0 ? 'green' : 'yellow'} title="Reminders" role="status">
      <Text size="sm">
        {result.queued === 0
          ? 'Nobody was reminded.'
          : `Reminded ${result.queued} ${result.queued === 1 ? 'person' : 'people'}.`}
      </Text>
      {result.skipped.length > 0 && (
        <List size="sm" mt={4}>
          {result.skipped.map((s) => (
            <List.Item key={s.owner}>
              {s.owner}: {s.reason}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** Says so when the server sends no e-mail: reminders then reach owners only in Bearing. */
export function MailNotice() {
  const mail = useMailStatus().data;
  if (mail === undefined || mail.configured) return null;
  return (
    <Alert color="blue" variant="light" title="E-mail is not set up">
      This server sends no e-mail (BEARING_SMTP_HOST is not set), so reminders reach owners only as
      notifications in Bearing. docs/notifications.md says how to connect an SMTP server.
    </Alert>
  );
}

/** "Remind" for one owner, or for everyone who owes values when `owner` is absent. */
export function RemindButton({
  ws,
  period,
  owner,
  onDone,
}: {
  ws: string;
  period: string;
  owner?: string;
  onDone: (result: RemindResult | undefined, error: Error | null) => void;
}) {
  const can = useCan('strategy.write', { workspace: ws });
  const remind = useRemind(ws);
  const label = owner === undefined ? 'Remind everyone who owes values' : `Remind ${owner}`;
  const button = (
    <Button
      size={owner === undefined ? 'sm' : 'compact-xs'}
      variant={owner === undefined ? 'light' : 'subtle'}
      leftSection={owner === undefined ? <IconMailForward size={16} /> : undefined}
      disabled={!can.allowed}
      loading={remind.isPending}
      aria-label={label}
      onClick={() =>
        remind.mutate(owner === undefined ? { period } : { period, owners: [owner] }, {
          onSuccess: (result) => onDone(result, null),
          onError: (error) => onDone(undefined, error),
        })
      }
    >
      {owner === undefined ? 'Remind everyone' : 'Remind'}
    </Button>
  );
  return can.allowed ? button : <Tooltip label={can.reason}>{button}</Tooltip>;
}
