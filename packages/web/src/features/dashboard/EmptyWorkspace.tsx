import { Button, Card, EmptyState, SimpleGrid, Text, Title } from '@mantine/core';
import { IconCompass, IconPlus, IconSparkles, IconTemplate } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

function Way({
  icon,
  title,
  text,
  action,
}: {
  icon: ReactNode;
  title: string;
  text: string;
  action: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" radius="md">
      {icon}
      <Title order={4} mt="sm">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {text}
      </Text>
      {action}
    </Card>
  );
}

/** A workspace without scorecards: the three ways to start, side by side. */
export function EmptyWorkspace({ ws, onNew }: { ws: string; onNew: () => void }) {
  const base = `/w/${encodeURIComponent(ws)}`;
  return (
    <>
      <EmptyState
        mt="lg"
        variant="light"
        icon={<IconCompass size={28} />}
        title="Welcome to Bearing"
        description="This workspace has no scorecard yet. Pick how you want to start: every way gives you a strategy map you can change afterwards."
      />
      <SimpleGrid cols={{ base: 1, md: 3 }} mt="xl" maw={1000} mx="auto">
        <Way
          icon={<IconSparkles size={28} color="var(--mantine-primary-color-filled)" />}
          title="Start with the wizard"
          text="Answer a few questions about your customers and value proposition; the wizard drafts objectives, KPIs and links."
          action={
            <Button component={Link} to={`${base}/wizard`} leftSection={<IconSparkles size={16} />}>
              Start the wizard
            </Button>
          }
        />
        <Way
          icon={<IconTemplate size={28} color="var(--mantine-primary-color-filled)" />}
          title="Browse templates"
          text="Begin from a proven strategy: product leadership, customer intimacy, non-profit, public sector and more."
          action={
            <Button
              component={Link}
              to={`${base}/templates`}
              variant="light"
              leftSection={<IconTemplate size={16} />}
            >
              Browse templates
            </Button>
          }
        />
        <Way
          icon={<IconPlus size={28} color="var(--mantine-primary-color-filled)" />}
          title="Blank scorecard"
          text="Start empty with the four classic perspectives and build the map yourself."
          action={
            <Button variant="default" onClick={onNew} leftSection={<IconPlus size={16} />}>
              New scorecard
            </Button>
          }
        />
      </SimpleGrid>
    </>
  );
}
