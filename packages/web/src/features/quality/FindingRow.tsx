import { Anchor, Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconFocus2 } from '@tabler/icons-react';
import type { Finding } from '../../api/types.ts';
import { q } from './fix-context.ts';
import { FixButton } from './FixButton.tsx';
import { formatPoints } from './quality-level.ts';
import { SeverityIcon } from './SeverityIcon.tsx';
import type { FixFlow } from './use-fix-flow.ts';
import { WhyToggle } from './WhyToggle.tsx';

interface FindingRowProps {
  readonly finding: Finding;
  readonly findingKey: string;
  readonly cost: number | undefined;
  /** Shown only when the rule's findings do not all share them (the group says them once). */
  readonly showWhy: boolean;
  readonly showSuggestion: boolean;
  readonly objectiveName: string | null;
  readonly onSelectObjective: (id: string) => void;
  readonly flow: Pick<FixFlow, 'context' | 'running' | 'start'>;
}

export function FindingRow({
  finding,
  findingKey,
  cost,
  showWhy,
  showSuggestion,
  objectiveName,
  onSelectObjective,
  flow,
}: FindingRowProps) {
  const objective = finding.objective;
  return (
    <Box
      py={8}
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      data-testid="finding"
    >
      <Group gap={8} wrap="nowrap" align="flex-start">
        <Box pt={2}>
          <SeverityIcon severity={finding.severity} />
        </Box>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm">{finding.message}</Text>
          {showSuggestion && (
            <Text size="sm" c="dimmed">
              {finding.suggestion}
            </Text>
          )}
          {showWhy && <WhyToggle why={finding.why} />}
          <Group gap="xs" wrap="wrap">
            {objective !== null ? (
              <Anchor
                component="button"
                type="button"
                size="sm"
                fw={500}
                onClick={() => onSelectObjective(objective)}
                aria-label={`Show ${q(objectiveName ?? objective)} on the map`}
                style={{ textAlign: 'left', lineHeight: 1.35 }}
              >
                <IconFocus2
                  size={14}
                  aria-hidden
                  style={{ verticalAlign: '-2px', marginRight: 4 }}
                />
                {objectiveName ?? objective}
              </Anchor>
            ) : (
              <Text size="xs" c="dimmed">
                Whole scorecard
              </Text>
            )}
            {finding.fix && (
              <FixButton
                fix={finding.fix}
                context={flow.context}
                running={flow.running === findingKey}
                busy={flow.running !== null}
                onClick={() => flow.start(finding)}
              />
            )}
            {cost !== undefined && cost > 0 && (
              <Tooltip label="Points this finding takes off the quality score">
                <Text size="xs" c="dimmed" ml="auto" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  −{formatPoints(cost)} pts
                </Text>
              </Tooltip>
            )}
          </Group>
        </Stack>
      </Group>
    </Box>
  );
}
