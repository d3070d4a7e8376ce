import { Alert, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { describeError } from '../../api/describe-error.ts';
import { FindingsList } from './FindingsList.tsx';
import { costIndex, groupFindings } from './grouping.ts';
import type { LintReport } from './lint-report.ts';
import { formatQuality } from './quality-level.ts';
import { SuppressedList } from './SuppressedList.tsx';
import type { FixFlow } from './use-fix-flow.ts';

interface QualityFindingsProps {
  readonly report: LintReport;
  readonly flow: Pick<FixFlow, 'context' | 'contextError' | 'running' | 'start'>;
  readonly onSelectObjective: (id: string) => void;
}

/** The findings, grouped; or the all-clear when there are none. */
export function QualityFindings({ report, flow, onSelectObjective }: QualityFindingsProps) {
  const groups = useMemo(
    () => groupFindings(report.findings, report.quality.costs),
    [report.findings, report.quality.costs],
  );
  const costs = useMemo(() => costIndex(report.quality.costs), [report.quality.costs]);
  const objectiveNames = useMemo(
    () => new Map((flow.context?.objectives ?? []).map((o) => [o.id, o.name])),
    [flow.context],
  );
  return (
    <Stack gap="sm">
      {groups.length === 0 ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck />}
          title="No findings — this strategy passes every check"
        >
          <Text size="sm">Quality score {formatQuality(report.quality.score)} of 100.</Text>
        </Alert>
      ) : (
        <FindingsList
          groups={groups}
          costs={costs}
          objectiveNames={objectiveNames}
          onSelectObjective={onSelectObjective}
          flow={flow}
        />
      )}
      {flow.contextError && (
        <Text size="xs" c="red">
          Fixes are unavailable: {describeError(flow.contextError)}
        </Text>
      )}
      <SuppressedList suppressed={report.suppressed} />
    </Stack>
  );
}
