import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconSparkles, IconTemplate } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useLint, useScorecard, useScores } from '../../api/queries.ts';
import type { Finding, ScorecardDetail } from '../../api/types.ts';
import { usePeriod, useScorecardParams } from '../../app/url-state.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { ChallengesSection } from './ChallengesSection.tsx';
import { asCustomerModel, isEmptyCustomer } from './customer-model.ts';
import { customerObjectives } from './customer-perspective.ts';
import { DocumentDownloadButton } from './DocumentDownloadButton.tsx';
import { GapsPanel } from './GapsPanel.tsx';
import { kpiUrl, objectiveUrl } from './links.ts';
import { buildOutcomeTable } from './outcome-table.ts';
import { OutcomesSection } from './OutcomesSection.tsx';
import { indexScores, type ScoreIndex } from './score-index.ts';
import { stakeholderGroups } from './stakeholder-groups.ts';
import { StakeholdersSection } from './StakeholdersSection.tsx';
import { UnassignedObjectives } from './UnassignedObjectives.tsx';
import { buildValueMatrix } from './value-matrix.ts';
import { ValueMatrixSection } from './ValueMatrixSection.tsx';
import { ValuePropositionSection } from './ValuePropositionSection.tsx';

/** /w/:ws/s/:sc/customer — who the customers are, what they value, what we deliver, and the gaps. */
export function CustomerPage() {
  const params = useScorecardParams();
  const [period] = usePeriod();
  const detail = useScorecard(params.ws, params.sc);
  const scores = useScores(params.ws, params.sc, period);
  const lint = useLint(params.ws, params.sc, period);
  const index = useMemo(() => indexScores(scores.data), [scores.data]);
  const gaps = useMemo(
    () => lint.data?.findings.filter((f) => f.category === 'customer') ?? null,
    [lint.data],
  );
  return (
    <QueryState query={detail} label="the scorecard">
      {(d) => <CustomerView detail={d} scores={index} period={period} gaps={gaps} />}
    </QueryState>
  );
}

function CustomerView({
  detail,
  scores,
  period,
  gaps,
}: {
  detail: ScorecardDetail;
  scores: ScoreIndex;
  period: string | null;
  /** The linter's customer findings; null while they load. */
  gaps: readonly Finding[] | null;
}) {
  const params = useScorecardParams();
  const view = useMemo(() => {
    const model = asCustomerModel(detail.customer);
    const objectives = detail.objectives;
    const customerSide = customerObjectives(detail.perspectives, objectives);
    return {
      model,
      customerSide,
      names: new Map(objectives.map((o) => [o.id, o.name])),
      matrix: model && buildValueMatrix(model, objectives),
      outcomes: model && buildOutcomeTable(model, objectives),
      groups: model && stakeholderGroups(model, objectives),
    };
  }, [detail]);
  const objectiveLink = (id: string) => objectiveUrl(params, id, period);
  const kpiLink = (id: string) => kpiUrl(params, id, period);
  const { model } = view;
  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Customer perspective</Title>
          <Text c="dimmed" size="sm">
            {detail.name}: who the customers are, what they value, what we deliver — and the gaps.
          </Text>
        </div>
        <DocumentDownloadButton ws={params.ws} sc={params.sc} period={period} />
      </Group>
      {gaps !== null && <GapsPanel findings={gaps} />}
      {model === null || isEmptyCustomer(model) ? (
        <>
          <Alert
            color="orange"
            variant="light"
            title="This scorecard does not say who its customers are"
          >
            Without stakeholders, segments and a value proposition, nothing checks that the customer
            objectives state what customers want, or that each bet is measured. Start from the
            wizard or a template, or add a customer section to the strategy file.
          </Alert>
          <UnassignedObjectives
            objectives={view.customerSide}
            scores={scores}
            objectiveLink={objectiveLink}
          />
          <Group>
            <Button
              component={Link}
              to={`/w/${encodeURIComponent(params.ws)}/wizard`}
              leftSection={<IconSparkles size={16} />}
            >
              Open the strategy wizard
            </Button>
            <Button
              component={Link}
              to={`/w/${encodeURIComponent(params.ws)}/templates`}
              variant="default"
              leftSection={<IconTemplate size={16} />}
            >
              Browse templates
            </Button>
          </Group>
        </>
      ) : (
        <>
          {view.groups && (
            <StakeholdersSection
              groups={view.groups}
              scores={scores}
              objectiveLink={objectiveLink}
            />
          )}
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {view.matrix && <ValueMatrixSection matrix={view.matrix} />}
            {view.matrix && (
              <ValuePropositionSection
                model={model}
                deliverers={view.matrix.deliverers}
                scores={scores}
                objectiveLink={objectiveLink}
              />
            )}
          </SimpleGrid>
          {view.outcomes && (
            <OutcomesSection table={view.outcomes} scores={scores} kpiLink={kpiLink} />
          )}
          <ChallengesSection
            challenges={model.challenges ?? []}
            names={view.names}
            scores={scores}
            objectiveLink={objectiveLink}
          />
        </>
      )}
    </Stack>
  );
}
