import {
  Alert,
  Badge,
  Card,
  Code,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { isApiError } from '../../api/client.ts';
import { ErrorPanel } from '../../components/QueryState.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { STATUS_LABEL } from '../../lib/format.ts';
import { periodLabel } from '../../lib/periods.ts';
import { explainSteps, summary, verdict, type KpiExplanation } from './explain.ts';
import { FormulaInputsTable } from './FormulaInputsTable.tsx';
import { inputRows } from './formula-inputs.ts';
import { useKpiExplain } from './use-kpi-explain.ts';

/** The question the panel answers, in the words a reader would ask it. */
export function explainTitle(status: KpiExplanation['status'] | undefined): string {
  if (status === 'red' || status === 'amber')
    return `Why is this ${STATUS_LABEL[status].toLowerCase()}?`;
  return 'How is this scored?';
}

function Steps({ explanation }: { explanation: KpiExplanation }) {
  return (
    <List type="ordered" spacing="sm" size="sm" data-testid="explain-steps">
      {explainSteps(explanation).map((step, i) => (
        <List.Item key={i}>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {step.title}
            </Text>
            <Code block style={{ whiteSpace: 'pre-wrap' }}>
              {step.formula}
            </Code>
            {step.numbers.length > 0 && (
              <Group gap={4}>
                {step.numbers.map((n) => (
                  <Badge key={n.label} variant="default" size="sm" tt="none" fw={400}>
                    {n.label}: {n.value}
                  </Badge>
                ))}
              </Group>
            )}
          </Stack>
        </List.Item>
      ))}
    </List>
  );
}

/** "Why is this red?": the server's explanation of the score in the period in view. */
export function ExplainPanel({
  ws,
  sc,
  kpi,
  period,
}: {
  ws: string;
  sc: string;
  kpi: string;
  period: string | null;
}) {
  const query = useKpiExplain(ws, sc, kpi, period);
  const explanation = query.data;
  return (
    <Card withBorder padding="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={4}>{explainTitle(explanation?.status)}</Title>
          {query.isFetching && <Loader size="xs" aria-label="Loading explanation" />}
        </Group>
        {explanation ? (
          <>
            <Text size="sm" c="dimmed">
              {summary(explanation)}
            </Text>
            <Steps explanation={explanation} />
            {explanation.formula && (
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  Computed by <Code>{explanation.formula}</Code> from
                </Text>
                <FormulaInputsTable
                  ws={ws}
                  rows={inputRows(sc, explanation.formula, explanation.inputs)}
                  period={period}
                  label="Inputs of the score"
                />
              </Stack>
            )}
            <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-default-hover)">
              <Group gap="xs" mb={4}>
                <Text size="sm" fw={600}>
                  Result for {periodLabel(explanation.period)}
                </Text>
                <StatusBadge status={explanation.status} score={explanation.score} size="sm" />
              </Group>
              <Text size="sm">{verdict(explanation)}</Text>
            </Paper>
          </>
        ) : query.error ? (
          <ExplainError error={query.error} retry={() => void query.refetch()} />
        ) : (
          <Text size="sm" c="dimmed">
            Loading the explanation…
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function ExplainError({ error, retry }: { error: Error; retry: () => void }) {
  if (isApiError(error) && error.code === 'NO_DATA') {
    return (
      <Alert color="gray" icon={<IconInfoCircle />} title="Nothing to explain yet">
        This scorecard has no values yet. Enter a value below, or pick a period.
      </Alert>
    );
  }
  return <ErrorPanel error={error} retry={retry} />;
}
