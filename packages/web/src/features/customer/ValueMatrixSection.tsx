import { Badge, Group, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconPoint,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ATTRIBUTE_INFO } from './value-attributes.ts';
import type { CellState, ValueMatrix } from './value-matrix.ts';

const CELL: Readonly<Record<CellState, { icon: ReactNode; label: string } | null>> = {
  delivered: {
    icon: <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />,
    label: 'Valued, and delivered',
  },
  gap: {
    icon: <IconAlertTriangle size={18} color="var(--mantine-color-orange-6)" aria-hidden />,
    label: 'Valued, but no objective delivers it',
  },
  unserved: {
    icon: <IconCircleDashed size={18} color="var(--mantine-color-dimmed)" aria-hidden />,
    label: 'Valued, not delivered (segment not targeted)',
  },
  offered: {
    icon: <IconPoint size={18} color="var(--mantine-color-dimmed)" aria-hidden />,
    label: 'Delivered, though not what this segment ranks first',
  },
  none: null,
};

/** Segments × value attributes: what each segment values most, and whether we deliver it. */
export function ValueMatrixSection({ matrix }: { matrix: ValueMatrix }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="matrix-title">
      <Title order={3} size="h4" id="matrix-title">
        What each segment values
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Rows are customer segments, columns what they value most; a tick means an objective of the
        value proposition delivers it.
      </Text>
      {matrix.rows.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          No segments are defined.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table withColumnBorders verticalSpacing={6} aria-label="Segments by value attribute">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Segment</Table.Th>
                {matrix.attributes.map((a) => (
                  <Table.Th key={a} ta="center">
                    <Tooltip label={ATTRIBUTE_INFO[a].plain}>
                      <span>{ATTRIBUTE_INFO[a].label}</span>
                    </Tooltip>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {matrix.rows.map(({ segment, cells }) => (
                <Table.Tr key={segment.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={500} c={segment.targeted ? undefined : 'dimmed'}>
                        {segment.name}
                      </Text>
                      {!segment.targeted && (
                        <Badge size="xs" variant="outline" color="gray">
                          not targeted
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  {cells.map(({ attribute, state }) => {
                    const cell = CELL[state];
                    return (
                      <Table.Td key={attribute} ta="center" data-state={state}>
                        {cell && (
                          <Tooltip label={cell.label}>
                            <span
                              role="img"
                              aria-label={`${ATTRIBUTE_INFO[attribute].label}: ${cell.label}`}
                            >
                              {cell.icon}
                            </span>
                          </Tooltip>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group gap="md" mt="xs">
        {(['delivered', 'gap', 'unserved', 'offered'] as const).map((s) => (
          <Group key={s} gap={4} wrap="nowrap">
            {CELL[s]?.icon}
            <Text size="xs" c="dimmed">
              {CELL[s]?.label}
            </Text>
          </Group>
        ))}
      </Group>
    </Paper>
  );
}
