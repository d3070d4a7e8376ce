import { Alert, Card, Code, Stack, Text, Title } from '@mantine/core';
import { IconCalculator } from '@tabler/icons-react';
import { FormulaInputsTable } from './FormulaInputsTable.tsx';
import { inputRows } from './formula-inputs.ts';
import { useKpiExplain } from './use-kpi-explain.ts';

/**
 * In place of the value grid on a calculated KPI's page: what it is computed from (each input
 * linked, with its value in the period), and why there is nothing to type here.
 */
export function ComputedFrom({
  ws,
  sc,
  kpi,
  formula,
  period,
}: {
  ws: string;
  sc: string;
  kpi: string;
  formula: string;
  period: string | null;
}) {
  // The explanation's query, shared with the explain panel: one request for both.
  const explanation = useKpiExplain(ws, sc, kpi, period).data;
  const rows = inputRows(sc, formula, explanation?.inputs);
  return (
    <Card withBorder padding="md" radius="md" data-testid="computed-from">
      <Stack gap="sm">
        <Title order={4}>Computed from</Title>
        <Code block style={{ whiteSpace: 'pre-wrap' }}>
          {formula}
        </Code>
        {rows.length > 0 ? (
          <FormulaInputsTable ws={ws} rows={rows} period={period} label="Inputs of the formula" />
        ) : (
          <Text size="sm" c="dimmed">
            The formula reads no other KPI.
          </Text>
        )}
        <Alert color="gray" variant="light" icon={<IconCalculator />} title="No values to enter">
          This KPI is calculated: its value for every period comes from the formula, so it has no
          value grid. Enter the values of its inputs (on their pages or in data entry); to type
          values here instead, remove the formula in the definition below.
        </Alert>
      </Stack>
    </Card>
  );
}
