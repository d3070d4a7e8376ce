import { Stack, Text, Title } from '@mantine/core';
import { QueryState } from '../../components/QueryState.tsx';
import { periodLabel } from '../../lib/periods.ts';
import { MoveFixDialog } from './MoveFixDialog.tsx';
import { QualityFindings } from './QualityFindings.tsx';
import { QualityOverview } from './QualityOverview.tsx';
import { useFixFlow } from './use-fix-flow.ts';
import { useLintReport } from './use-lint-report.ts';

export interface QualityPanelProps {
  readonly ws: string;
  readonly sc: string;
  /** The period in view (null: latest). */
  readonly period: string | null;
  /** Called when the user clicks a finding about an objective: the map selects and centres it. */
  readonly onSelectObjective: (objectiveId: string) => void;
}

/**
 * The quality panel beside the map (issue #6): the 0–100 score with its breakdown, findings by
 * category, a link from each finding to its objective, and one-click fixes with undo.
 */
export function QualityPanel({ ws, sc, period, onSelectObjective }: QualityPanelProps) {
  const report = useLintReport(ws, sc, period);
  const flow = useFixFlow(ws, sc, onSelectObjective);
  return (
    <Stack gap="md" data-testid="quality-panel">
      <div>
        <Title order={4}>Strategy quality</Title>
        {period && (
          <Text size="xs" c="dimmed">
            As of {periodLabel(period)}
          </Text>
        )}
      </div>
      <QueryState query={report} label="the quality check">
        {(data) => (
          <Stack gap="lg">
            <QualityOverview report={data} />
            <QualityFindings report={data} flow={flow} onSelectObjective={onSelectObjective} />
          </Stack>
        )}
      </QueryState>
      <MoveFixDialog
        choice={flow.choice}
        context={flow.context}
        onTarget={flow.setTarget}
        onConfirm={flow.confirm}
        onCancel={flow.cancel}
      />
    </Stack>
  );
}
