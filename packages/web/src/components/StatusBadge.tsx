import { Badge, type BadgeProps } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconCircleX,
} from '@tabler/icons-react';
import type { Status } from '../api/types.ts';
import { formatScore, STATUS_COLOR, STATUS_LABEL } from '../lib/format.ts';

const ICONS = {
  green: IconCircleCheck,
  amber: IconAlertTriangle,
  red: IconCircleX,
  none: IconCircleDashed,
} as const;

/** Status is never colour alone: an icon and a word go with it. */
export function StatusIcon({ status, size = 16 }: { status: Status; size?: number }) {
  const Icon = ICONS[status];
  return <Icon size={size} aria-hidden stroke={2} />;
}

interface StatusBadgeProps extends Omit<BadgeProps, 'color'> {
  readonly status: Status;
  /** When given, the score is shown next to the label. */
  readonly score?: number | null;
}

export function StatusBadge({ status, score, ...props }: StatusBadgeProps) {
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant="light"
      leftSection={<StatusIcon status={status} size={14} />}
      data-status={status}
      {...props}
    >
      {STATUS_LABEL[status]}
      {score !== undefined ? ` · ${formatScore(score)}` : ''}
    </Badge>
  );
}
