import { Button, Collapse, List, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconEyeOff } from '@tabler/icons-react';
import { useId } from 'react';
import { plural } from './fix-context.ts';
import type { SuppressedFinding } from './lint-report.ts';

/** Findings hidden by a justified suppression: not counted, but not out of sight either. */
export function SuppressedList({ suppressed }: { suppressed: readonly SuppressedFinding[] }) {
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  if (suppressed.length === 0) return null;
  return (
    <div>
      <Button
        variant="subtle"
        color="gray"
        size="compact-sm"
        leftSection={<IconEyeOff size={14} aria-hidden />}
        aria-expanded={opened}
        aria-controls={id}
        onClick={toggle}
      >
        {plural(suppressed.length, 'finding')} suppressed
      </Button>
      <Collapse expanded={opened} id={id}>
        <List size="sm" spacing={6} mt={6} pl="md">
          {suppressed.map(({ finding, reason }) => (
            <List.Item key={`${finding.rule}|${finding.objective ?? ''}|${finding.message}`}>
              <Text size="sm">{finding.message}</Text>
              <Text size="xs" c="dimmed">
                Suppressed: {reason}
              </Text>
            </List.Item>
          ))}
        </List>
      </Collapse>
    </div>
  );
}
