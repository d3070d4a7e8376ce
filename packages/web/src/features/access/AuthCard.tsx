import { Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCompass } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The frame of the pages outside the shell: sign-in, first administrator, one-time link. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={420} maw="100%">
        <Stack gap="md">
          <Group gap={6}>
            <ThemeIcon size="md" radius="xl">
              <IconCompass size={18} />
            </ThemeIcon>
            <Text fw={700} size="lg">
              Bearing
            </Text>
          </Group>
          <Title order={2} size="h3">
            {title}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
