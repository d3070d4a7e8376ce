import { ActionIcon, Anchor, Divider, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { EvidenceVerdict } from '@bearing/core';
import type { ReactNode } from 'react';
import { VerdictBadge } from '../evidence/VerdictBadge.tsx';
import type { LinkModel } from './map-model.ts';

/** A titled block of the objective panel. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={8}>
      <Divider label={title} labelPosition="left" styles={{ label: { fontWeight: 600 } }} />
      {children}
    </Stack>
  );
}

/** Links into or out of the objective, each with its hypothesis and an edit button. */
export function LinkList({
  title,
  links,
  other,
  nameOf,
  onSelect,
  onEditLink,
  verdicts = null,
}: {
  title: string;
  links: readonly LinkModel[];
  other: (link: LinkModel) => string;
  nameOf: (id: string) => string;
  onSelect: (id: string) => void;
  onEditLink: (link: LinkModel) => void;
  verdicts?: ReadonlyMap<string, { readonly verdict: EvidenceVerdict }> | null;
}) {
  return (
    <Section title={title}>
      {links.length === 0 && (
        <Text size="sm" c="dimmed">
          None. Drag from a card’s edge to another card to draw a link.
        </Text>
      )}
      {links.map((link) => (
        <Group key={link.id} justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Anchor
              component="button"
              type="button"
              size="sm"
              fw={500}
              ta="left"
              onClick={() => onSelect(other(link))}
            >
              {nameOf(other(link))}
            </Anchor>
            <Text size="xs" c="dimmed" fs={link.hypothesis ? 'italic' : undefined}>
              {link.hypothesis ?? 'No hypothesis yet'}
            </Text>
            <LinkVerdict verdict={verdicts?.get(link.id)?.verdict} />
          </Stack>
          <Tooltip label="Edit hypothesis or delete the link">
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={`Edit link ${nameOf(link.from)} → ${nameOf(link.to)}`}
              onClick={() => onEditLink(link)}
            >
              <IconPencil size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
    </Section>
  );
}

/** A link's verdict under its hypothesis; nothing when evidence is hidden or not computed. */
function LinkVerdict({ verdict }: { verdict: EvidenceVerdict | undefined }) {
  if (!verdict) return null;
  return (
    <Group gap={4} mt={2}>
      <VerdictBadge verdict={verdict} />
    </Group>
  );
}
