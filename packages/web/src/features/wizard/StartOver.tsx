import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconRefresh } from '@tabler/icons-react';

/** "Start over", confirmed first: it throws away every answer. */
export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const [opened, { open, close }] = useDisclosure();
  return (
    <>
      <Button
        variant="subtle"
        color="gray"
        leftSection={<IconRefresh size={16} />}
        onClick={open}
        style={{ flexShrink: 0 }}
      >
        Start over
      </Button>
      <Modal opened={opened} onClose={close} title="Start over?">
        <Text size="sm">Every answer so far will be cleared.</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            Keep my answers
          </Button>
          <Button
            color="red"
            onClick={() => {
              onConfirm();
              close();
            }}
          >
            Clear and start over
          </Button>
        </Group>
      </Modal>
    </>
  );
}
