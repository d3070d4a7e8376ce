import type { NotificationResponse } from '@bearing/core';
import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/auth.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useMarkRead, useNotifications } from './use-notifications.ts';

/**
 * The bell in the header: how many notifications are unread, and the latest ones, each a link
 * to what it is about (a click marks it read). Local mode has nobody to notify: no bell.
 */
export function NotificationBell() {
  const me = useMe().data;
  const signedIn = me !== undefined && me.kind !== 'local';
  const list = useNotifications(signedIn);
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  if (!signedIn) return null;
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const open = (n: NotificationResponse) => {
    if (n.readAt === null) markRead.mutate([n.id]);
    setOpened(false);
    void navigate(n.link);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} withinPortal>
      <Popover.Target>
        <Indicator disabled={unread === 0} label={unread > 99 ? '99+' : unread} size={16}>
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={unread === 0 ? 'Notifications' : `Notifications: ${unread} unread`}
          >
            <IconBell size={18} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs" aria-label="Notifications">
        <Group justify="space-between" mb="xs" px={4}>
          <Text fw={600}>Notifications</Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            onClick={() => markRead.mutate('all')}
          >
            Mark all read
          </Button>
        </Group>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" px={4} pb="xs">
            Nothing yet. Reminders of values you owe and alerts about your KPIs appear here.
          </Text>
        ) : (
          <ScrollArea.Autosize mah={420}>
            <Stack gap={2}>
              {items.map((n) => (
                <UnstyledButton
                  key={n.id}
                  onClick={() => open(n)}
                  p={6}
                  style={{ borderRadius: 4 }}
                  bg={n.readAt === null ? 'var(--mantine-color-blue-light)' : undefined}
                  aria-label={`${n.readAt === null ? 'Unread: ' : ''}${n.title}`}
                >
                  <Text size="sm" fw={n.readAt === null ? 600 : 400}>
                    {n.title}
                  </Text>
                  {n.body !== '' && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {n.body}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {formatDateTime(n.createdAt)}
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
