import { Badge, Button, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { VALUE_DISCIPLINES, DISCIPLINES, type ValueDiscipline } from '@bearing/core';
import { IconEye, IconPlayerPlay } from '@tabler/icons-react';
import type { TemplateSummary } from './templates.api.ts';

/** "Best total cost (discount grocer)" → title and the kind of organisation in brackets. */
export function splitTitle(title: string): { main: string; kind: string | null } {
  const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(title);
  return match ? { main: match[1] ?? title, kind: match[2] ?? null } : { main: title, kind: null };
}

export function isDiscipline(id: string): id is ValueDiscipline {
  return (VALUE_DISCIPLINES as readonly string[]).includes(id);
}

export function TemplateCard({
  template,
  onPreview,
  onUse,
  busy,
  disabled,
}: {
  template: TemplateSummary;
  onPreview: () => void;
  onUse: () => void;
  busy: boolean;
  disabled: boolean;
}) {
  const { main, kind } = splitTitle(template.title);
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-label={template.title}>
      <Stack gap="xs" h="100%">
        <div>
          <Text fw={650} size="lg" lh={1.25}>
            {main}
          </Text>
          {(kind ?? template.organization) && (
            <Text size="sm" c="dimmed">
              {[kind, template.organization].filter(Boolean).join(' · ')}
            </Text>
          )}
        </div>
        <Group gap={6}>
          {template.disciplines.filter(isDiscipline).map((d) => (
            <Tooltip key={d} label={DISCIPLINES[d].customersGet} multiline w={280}>
              <Badge variant="light">{DISCIPLINES[d].title}</Badge>
            </Tooltip>
          ))}
          {template.disciplines.length === 0 && (
            <Badge variant="light" color="gray">
              No single discipline
            </Badge>
          )}
          {template.scorecards > 1 && (
            <Badge variant="light" color="grape">
              {template.scorecards} cascading scorecards
            </Badge>
          )}
        </Group>
        <Text size="sm" style={{ flexGrow: 1 }}>
          {template.description}
        </Text>
        <Text size="xs" c="dimmed">
          {template.objectives} objectives · {template.kpis} KPIs · {template.links} links ·{' '}
          {template.segments} segments · {template.stakeholders} stakeholder groups
        </Text>
        <Group gap="xs" mt={4}>
          <Button
            variant="default"
            leftSection={<IconEye size={16} />}
            onClick={onPreview}
            aria-label={`Preview ${template.title}`}
          >
            Preview
          </Button>
          <Button
            leftSection={<IconPlayerPlay size={16} />}
            onClick={onUse}
            loading={busy}
            disabled={disabled}
            aria-label={`Use the template ${template.title}`}
          >
            Use this template
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
