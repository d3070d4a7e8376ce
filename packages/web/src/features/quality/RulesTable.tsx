import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { ruleRows } from './grouping.ts';
import type { LintReport } from './lint-report.ts';
import { categoryLabel } from './rule-meta.ts';
import { SeverityLabel } from './SeverityIcon.tsx';

/** Every rule that ran, at its configured level, with how many findings it raised. */
export function RulesTable({ report }: { report: LintReport }) {
  const rows = ruleRows(report);
  return (
    <Paper withBorder p="md">
      <Title order={5} mb={4}>
        Rules
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        The checks that ran, at the levels set for this workspace. Rules that are turned off are not
        listed.
      </Text>
      <Table verticalSpacing={6} horizontalSpacing="xs" striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Rule</Table.Th>
            <Table.Th>Severity</Table.Th>
            <Table.Th ta="right">Findings</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} data-testid={`rule-row-${r.id}`}>
              <Table.Td>
                <Text size="sm" fw={r.findings > 0 ? 600 : 400}>
                  {r.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.category ? `${categoryLabel(r.category)} · ` : ''}
                  <code>{r.id}</code>
                </Text>
              </Table.Td>
              <Table.Td>
                <SeverityLabel severity={r.severity} />
              </Table.Td>
              <Table.Td ta="right">
                {r.findings > 0 ? (
                  <Badge variant="light" color="gray" size="lg" radius="sm">
                    {r.findings}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    0
                  </Text>
                )}
                {r.suppressed > 0 && (
                  <Text size="xs" c="dimmed">
                    +{r.suppressed} suppressed
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
