import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Link } from '../../api/types.ts';
import type { ScorecardParams } from '../../app/url-state.ts';
import { LinkItem } from './LinkItem.tsx';
import { linksOf } from './link-form.ts';

/** Cause and effect around the objective: what drives it, and what it drives. */
export function ObjectiveLinks({
  params,
  period,
  objective,
  links,
  names,
}: {
  params: ScorecardParams;
  period: string | null;
  objective: string;
  links: readonly Link[];
  names: ReadonlyMap<string, string>;
}) {
  const { causes, effects } = linksOf(links, objective);
  const section = (title: string, hint: string, list: Link[], end: 'from' | 'to') => (
    <Stack gap={6}>
      <div>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      </div>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          None.
        </Text>
      ) : (
        list.map((link) => (
          <LinkItem
            key={link.id}
            params={params}
            period={period}
            link={link}
            other={link[end]}
            otherName={names.get(link[end]) ?? link[end]}
          />
        ))
      )}
    </Stack>
  );
  return (
    <Card withBorder padding="md" radius="md">
      <Title order={4} mb="sm">
        Cause and effect
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {section('Driven by', 'objectives whose improvement should move this one', causes, 'from')}
        {section('Drives', 'objectives this one should move', effects, 'to')}
      </SimpleGrid>
    </Card>
  );
}
