import { Button, Tooltip } from '@mantine/core';
import { IconWand } from '@tabler/icons-react';
import type { Fix } from '../../api/types.ts';
import type { FixContext } from './fix-context.ts';
import { fixLabel } from './fix-labels.ts';

interface FixButtonProps {
  readonly fix: Fix;
  readonly context: FixContext | null;
  /** This finding's fix is running. */
  readonly running: boolean;
  /** Another fix is running: one at a time. */
  readonly busy: boolean;
  readonly onClick: () => void;
}

/** One-click fix; its label says exactly what it will do. */
export function FixButton({ fix, context, running, busy, onClick }: FixButtonProps) {
  const label = context ? fixLabel(fix, context) : 'Fix';
  const button = (
    <Button
      size="compact-sm"
      variant="light"
      leftSection={<IconWand size={14} aria-hidden />}
      loading={running}
      disabled={!context || busy}
      onClick={onClick}
      styles={{
        root: { height: 'auto', minHeight: 26, paddingBlock: 3, maxWidth: '100%' },
        label: { whiteSpace: 'normal', textAlign: 'left', lineHeight: 1.3 },
      }}
    >
      {label}
    </Button>
  );
  return context ? (
    button
  ) : (
    <Tooltip label="Loading the scorecard…">
      <span>{button}</span>
    </Tooltip>
  );
}
