import { Accordion, Group, Stack, Text } from '@mantine/core';
import { useSearchParam } from '../../app/url-state.ts';
import { formatOpenCategories, parseOpenCategories, type CategoryGroup } from './grouping.ts';
import { SEVERITIES } from './lint-report.ts';
import { RuleFindings } from './RuleFindings.tsx';
import { SeverityIcon } from './SeverityIcon.tsx';
import type { FixFlow } from './use-fix-flow.ts';

interface FindingsListProps {
  readonly groups: readonly CategoryGroup[];
  readonly costs: ReadonlyMap<string, number>;
  readonly objectiveNames: ReadonlyMap<string, string>;
  readonly onSelectObjective: (id: string) => void;
  readonly flow: Pick<FixFlow, 'context' | 'running' | 'start'>;
}

/** Findings by category, each collapsible; which are open is kept in the URL (`findings`). */
export function FindingsList({
  groups,
  costs,
  objectiveNames,
  onSelectObjective,
  flow,
}: FindingsListProps) {
  const [param, setParam] = useSearchParam('findings');
  const open = parseOpenCategories(param, groups);
  return (
    <Accordion
      multiple
      variant="separated"
      value={open}
      onChange={(value) => setParam(formatOpenCategories(value))}
      chevronPosition="left"
      styles={{
        content: { paddingInline: 'var(--mantine-spacing-sm)' },
        control: { paddingInline: 'var(--mantine-spacing-sm)' },
      }}
    >
      {groups.map((g) => (
        <Accordion.Item key={g.category} value={g.category} data-testid={`category-${g.category}`}>
          <Accordion.Control>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={600} size="sm">
                {g.label}
              </Text>
              <Group gap={10} wrap="nowrap">
                {SEVERITIES.filter((s) => g.counts[s] > 0).map((s) => (
                  <Group key={s} gap={3} wrap="nowrap">
                    <SeverityIcon severity={s} size={14} />
                    <Text size="xs" fw={600}>
                      {g.counts[s]}
                    </Text>
                  </Group>
                ))}
              </Group>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="md">
              {g.rules.map((r) => (
                <RuleFindings
                  key={r.rule}
                  group={r}
                  costs={costs}
                  objectiveNames={objectiveNames}
                  onSelectObjective={onSelectObjective}
                  flow={flow}
                />
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
