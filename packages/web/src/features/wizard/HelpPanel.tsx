import { Paper, Stack, Text, ThemeIcon, Group } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The plain-language help beside each step: why it is asked, with examples. */
export function HelpPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      bg="var(--mantine-color-default-hover)"
      component="aside"
      aria-label={title}
    >
      <Group gap="xs" mb="xs" wrap="nowrap">
        <ThemeIcon variant="light" radius="xl" size="md">
          <IconBulb size={16} />
        </ThemeIcon>
        <Text fw={650}>{title}</Text>
      </Group>
      <Stack gap="xs" fz="sm">
        {children}
      </Stack>
    </Paper>
  );
}
