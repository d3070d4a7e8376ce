import { Button, Collapse, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';

/** The finding's "why", folded away: read once, it need not be read again for every finding. */
export function WhyToggle({ why }: { why: string }) {
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  const Chevron = opened ? IconChevronDown : IconChevronRight;
  return (
    <div>
      <Button
        variant="subtle"
        color="gray"
        size="compact-xs"
        px={4}
        leftSection={<Chevron size={12} aria-hidden />}
        aria-expanded={opened}
        aria-controls={id}
        onClick={toggle}
      >
        Why it matters
      </Button>
      <Collapse expanded={opened} id={id}>
        <Text size="sm" c="dimmed" pl={20} pt={2}>
          {why}
        </Text>
      </Collapse>
    </div>
  );
}
