import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * Unsaved values are not lost by accident: leaving the page (a link, the back button) asks
 * first, and closing or reloading the tab gets the browser's own prompt. Changing the period
 * stays on the page, and the values typed for each period are kept.
 */
export function LeaveGuard({ unsaved }: { unsaved: number }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved > 0 && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (unsaved === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title="Leave without saving?"
    >
      <Text size="sm">
        {unsaved} value{unsaved === 1 ? '' : 's'} typed here {unsaved === 1 ? 'is' : 'are'} not
        saved yet.
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => blocker.proceed?.()}>
          Leave without saving
        </Button>
        <Button onClick={() => blocker.reset?.()}>Stay</Button>
      </Group>
    </Modal>
  );
}
