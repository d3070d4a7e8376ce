import { Badge, Group, Table, Text } from '@mantine/core';
import type { ValuesImportResultJson } from '@bearing/core';
import { changeLines } from './preview-model.ts';

/** A dry run lists this many changed values; the counts cover the rest. */
export const PREVIEW_LIMIT = 200;

const format = (n: number) => n.toLocaleString('en');

/** What importing the file would do (or did): the counts, then each new and changed value. */
export function ImportPreview({ result }: { readonly result: ValuesImportResultJson }) {
  const lines = changeLines(result, PREVIEW_LIMIT);
  const { counts } = result;
  const listed = counts.new + counts.changed;
  return (
    <>
      <Group gap="xs" mb="sm" aria-label="What the import changes">
        <Badge color="green" variant="light" size="lg" tt="none">
          {format(counts.new)} new
        </Badge>
        <Badge color="yellow" variant="light" size="lg" tt="none">
          {format(counts.changed)} changed
        </Badge>
        <Badge color="gray" variant="light" size="lg" tt="none">
          {format(counts.unchanged)} unchanged
        </Badge>
      </Group>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every value in the file is already stored: importing it changes nothing.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480} maxHeight={360}>
          <Table striped stickyHeader aria-label="Values the import writes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Change</Table.Th>
                <Table.Th>KPI</Table.Th>
                <Table.Th>Period</Table.Th>
                <Table.Th ta="right">Value</Table.Th>
                <Table.Th>Comment</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line) => (
                <Table.Tr key={`${line.where} ${line.period}`}>
                  <Table.Td>
                    <Badge size="sm" variant="dot" color={line.kind === 'new' ? 'green' : 'yellow'}>
                      {line.kind}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{line.where}</Table.Td>
                  <Table.Td>{line.period}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {line.old !== null && line.old !== line.value ? (
                      <>
                        <Text span c="dimmed" td="line-through" size="sm">
                          {line.old}
                        </Text>{' '}
                        → {line.value}
                      </>
                    ) : (
                      line.value
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={line.commentChanged ? undefined : 'dimmed'}>
                      {line.comment ?? ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {listed > lines.length && (
        <Text size="xs" c="dimmed" mt={4}>
          The first {format(lines.length)} of {format(listed)} new and changed values are listed.
        </Text>
      )}
    </>
  );
}
