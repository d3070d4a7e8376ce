import { Badge, Group, Text, type BadgeProps } from '@mantine/core';
import { IconAlertTriangle, IconCircleX, IconInfoCircle } from '@tabler/icons-react';
import type { Severity } from './lint-report.ts';
import { SEVERITY_COLOR, SEVERITY_LABEL } from './severity.ts';

const ICON = { error: IconCircleX, warning: IconAlertTriangle, info: IconInfoCircle } as const;

/** The severity's icon in its colour; labelled, so a screen reader hears the word. */
export function SeverityIcon({ severity, size = 16 }: { severity: Severity; size?: number }) {
  const Icon = ICON[severity];
  return (
    <Icon
      size={size}
      stroke={2}
      color={`var(--mantine-color-${SEVERITY_COLOR[severity]}-filled)`}
      aria-label={SEVERITY_LABEL[severity]}
      role="img"
      style={{ flexShrink: 0 }}
    />
  );
}

export function SeverityBadge({
  severity,
  ...props
}: { severity: Severity } & Omit<BadgeProps, 'color'>) {
  const Icon = ICON[severity];
  return (
    <Badge
      color={SEVERITY_COLOR[severity]}
      variant="light"
      leftSection={<Icon size={12} stroke={2.2} aria-hidden />}
      data-severity={severity}
      {...props}
    >
      {SEVERITY_LABEL[severity]}
    </Badge>
  );
}

/** Icon and word inline, for tables where a badge is too wide. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const Icon = ICON[severity];
  return (
    <Group gap={4} wrap="nowrap" data-severity={severity}>
      <Icon
        size={14}
        stroke={2}
        color={`var(--mantine-color-${SEVERITY_COLOR[severity]}-filled)`}
        aria-hidden
      />
      <Text size="sm">{SEVERITY_LABEL[severity]}</Text>
    </Group>
  );
}
