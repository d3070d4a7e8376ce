import { Alert, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ValuesProblemJson } from '@bearing/core';
import type { ValuesProblemsBody } from '../../../api/values-file.ts';
import { problemTable } from './preview-model.ts';

const BAD_CELL = 'var(--mantine-color-red-light)';
const BAD_ROW = 'var(--mantine-color-red-0, rgba(250, 82, 82, 0.06))';

function Messages({ problems }: { readonly problems: readonly ValuesProblemJson[] }) {
  return problems.map((p, i) => (
    <Text key={i} size="xs" c="red.8" role="note" aria-label={`${p.path}: ${p.message}`}>
      {p.message}
    </Text>
  ));
}

/**
 * A refused file shown as the spreadsheet shows it: the header and each row with a problem,
 * row numbers as the spreadsheet counts them, the bad rows and cells highlighted and each
 * problem's message on the cell it is about. Nothing was imported.
 */
export function ProblemsPreview({
  file,
  problems,
}: {
  readonly file: string;
  readonly problems: ValuesProblemsBody;
}) {
  const table = problemTable(problems);
  const sheet = problems.problems?.find((p) => p.sheet !== null)?.sheet ?? null;
  return (
    <>
      <Alert
        color="red"
        icon={<IconAlertTriangle />}
        title={`${file}: ${table.count} problem${table.count === 1 ? '' : 's'}, nothing was imported`}
        mb="sm"
        role="alert"
      >
        Fix {table.count === 1 ? 'it' : 'them'} in the file
        {sheet === null ? '' : ` (sheet ${sheet})`}, save it and choose it again. Every problem is
        listed at once.
      </Alert>
      <Table.ScrollContainer minWidth={480} maxHeight={360}>
        <Table withColumnBorders stickyHeader aria-label="Problems in the file">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>Row</Table.Th>
              {table.columns.map((label) => (
                <Table.Th key={label}>{label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row) => (
              <Table.Tr key={row.row} data-problem-row={row.row} style={{ background: BAD_ROW }}>
                <Table.Td fw={600} style={{ verticalAlign: 'top' }}>
                  {row.row}
                  <Messages problems={row.rowProblems} />
                </Table.Td>
                {row.cells.map((cell, i) => (
                  <Table.Td
                    key={i}
                    data-bad={cell.problems.length > 0 ? '' : undefined}
                    style={{
                      verticalAlign: 'top',
                      ...(cell.problems.length > 0 && {
                        background: BAD_CELL,
                        boxShadow: 'inset 0 0 0 2px var(--mantine-color-red-6)',
                      }),
                    }}
                  >
                    <Text size="sm" ff="monospace">
                      {cell.text}
                    </Text>
                    <Messages problems={cell.problems} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {table.more > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {table.more.toLocaleString('en')} more problems are not listed: fix these and check the
          file again.
        </Text>
      )}
    </>
  );
}
