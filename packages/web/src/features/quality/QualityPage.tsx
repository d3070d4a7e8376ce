import { Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { scorecardUrl, useScorecardParams } from '../../app/url-state.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { periodLabel } from '../../lib/periods.ts';
import { MoveFixDialog } from './MoveFixDialog.tsx';
import { QualityFindings } from './QualityFindings.tsx';
import { QualityOverview } from './QualityOverview.tsx';
import { RulesTable } from './RulesTable.tsx';
import { useFixFlow } from './use-fix-flow.ts';
import { useLintReport } from './use-lint-report.ts';

/**
 * /w/:ws/s/:sc/quality — the quality check full width: the score and its breakdown, the findings,
 * and every rule with its level and count. An objective opens the map with it selected and the
 * quality panel beside it.
 */
export function QualityPage() {
  const params = useScorecardParams();
  const [search] = useSearchParams();
  const rawPeriod = search.get('period');
  const period = rawPeriod === 'latest' ? null : rawPeriod;
  const navigate = useNavigate();
  const onSelectObjective = useCallback(
    (id: string) =>
      void navigate(
        scorecardUrl(params, 'map', { selected: id, panel: 'quality', period: rawPeriod }),
      ),
    [navigate, params, rawPeriod],
  );
  const report = useLintReport(params.ws, params.sc, period);
  const flow = useFixFlow(params.ws, params.sc, onSelectObjective);
  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Quality check</Title>
          <Text size="sm" c="dimmed">
            How well the strategy is built: wording, measurement, cause and effect, customer focus
            and execution{period ? `, as of ${periodLabel(period)}` : ''}.
          </Text>
        </div>
      </Group>
      <QueryState query={report} label="the quality check">
        {(data) => (
          <Stack gap="md">
            <QualityOverview report={data} wide />
            <Grid gap="md" align="flex-start">
              <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
                <Paper withBorder p="md">
                  <Title order={5} mb="sm">
                    Findings
                  </Title>
                  <QualityFindings
                    report={data}
                    flow={flow}
                    onSelectObjective={onSelectObjective}
                  />
                </Paper>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
                <RulesTable report={data} />
              </Grid.Col>
            </Grid>
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
