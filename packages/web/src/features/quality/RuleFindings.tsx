import { Badge, Group, Stack, Text } from '@mantine/core';
import type { RuleGroup } from './grouping.ts';
import { findingKey } from './lint-report.ts';
import { FindingRow } from './FindingRow.tsx';
import { formatPoints } from './quality-level.ts';
import { SeverityBadge } from './SeverityIcon.tsx';
import type { FixFlow } from './use-fix-flow.ts';
import { WhyToggle } from './WhyToggle.tsx';

interface RuleFindingsProps {
  readonly group: RuleGroup;
  readonly costs: ReadonlyMap<string, number>;
  readonly objectiveNames: ReadonlyMap<string, string>;
  readonly onSelectObjective: (id: string) => void;
  readonly flow: Pick<FixFlow, 'context' | 'running' | 'start'>;
}

/** One rule's findings: the rule, its severity and shared advice once, then each finding. */
export function RuleFindings({
  group,
  costs,
  objectiveNames,
  onSelectObjective,
  flow,
}: RuleFindingsProps) {
  return (
    <Stack gap={4} data-testid={`rule-${group.rule}`}>
      <Group gap={8} wrap="nowrap" justify="space-between">
        <Group gap={8} wrap="wrap">
          <SeverityBadge severity={group.severity} size="sm" />
          <Text size="sm" fw={600}>
            {group.title}
          </Text>
          {group.findings.length > 1 && (
            <Badge size="sm" variant="default" aria-label={`${group.findings.length} findings`}>
              {group.findings.length}
            </Badge>
          )}
        </Group>
        {group.cost > 0 && (
          <Text
            size="xs"
            c="dimmed"
            style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
          >
            −{formatPoints(group.cost)} pts
          </Text>
        )}
      </Group>
      {group.suggestion !== null && (
        <Text size="sm" c="dimmed">
          {group.suggestion}
        </Text>
      )}
      {group.why !== null && <WhyToggle why={group.why} />}
      <Stack gap={0}>
        {group.findings.map((f) => {
          const key = findingKey(f);
          return (
            <FindingRow
              key={key}
              finding={f}
              findingKey={key}
              cost={group.findings.length > 1 ? costs.get(key) : undefined}
              showWhy={group.why === null}
              showSuggestion={group.suggestion === null}
              objectiveName={
                f.objective === null ? null : (objectiveNames.get(f.objective) ?? null)
              }
              onSelectObjective={onSelectObjective}
              flow={flow}
            />
          );
        })}
      </Stack>
    </Stack>
  );
}
