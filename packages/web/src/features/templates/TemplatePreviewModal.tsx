import { Badge, Button, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { QueryState } from '../../components/QueryState.tsx';
import { ScorecardPreviewTabs } from './ScorecardPreviewTabs.tsx';
import { countsOf } from './strategy-outline.ts';
import { useTemplate, type TemplateSummary } from './templates.api.ts';

/** The template before it is used: objectives per perspective and its customer section. */
export function TemplatePreviewModal({
  template,
  onClose,
  onUse,
  busy,
}: {
  template: TemplateSummary | null;
  onClose: () => void;
  onUse: (template: TemplateSummary) => void;
  busy: boolean;
}) {
  const query = useTemplate(template?.name ?? null);
  return (
    <Modal
      opened={template !== null}
      onClose={onClose}
      size="80rem"
      title={template ? <Text fw={650}>{template.title}</Text> : null}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      {template && (
        <Stack gap="sm">
          <Text size="sm">{template.description}</Text>
          <QueryState query={query} label="the template">
            {(strategy) => {
              const counts = countsOf(strategy.scorecards);
              return (
                <Stack gap="sm">
                  <Group gap="xs">
                    {strategy.organization && (
                      <Badge variant="outline" color="gray">
                        {strategy.organization}
                      </Badge>
                    )}
                    <Text size="sm" c="dimmed">
                      {counts.objectives} objectives, {counts.kpis} KPIs with a year of monthly
                      values, {counts.links} cause-effect links, {counts.initiatives} initiatives
                    </Text>
                  </Group>
                  {strategy.scorecards.map((sc) => (
                    <Stack key={sc.id} gap="xs">
                      {strategy.scorecards.length > 1 && (
                        <Text fw={650} mt="sm">
                          {sc.name}
                        </Text>
                      )}
                      <ScorecardPreviewTabs scorecard={sc} />
                    </Stack>
                  ))}
                </Stack>
              );
            }}
          </QueryState>
          <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button
              leftSection={<IconPlayerPlay size={16} />}
              loading={busy}
              onClick={() => onUse(template)}
            >
              Use this template
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
