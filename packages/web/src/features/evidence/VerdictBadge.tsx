import { Badge, Group, Text } from '@mantine/core';
import { VERDICT_LABELS, type EvidenceVerdict } from '@bearing/core';
import { VERDICT_STYLES } from './verdicts.ts';

const RED = 'var(--bm-link-contradicted, var(--mantine-color-red-7))';

/** A short stretch of line drawn the way the map draws a link with this verdict. */
export function VerdictLine({ verdict, width = 28 }: { verdict: EvidenceVerdict; width?: number }) {
  const style = VERDICT_STYLES[verdict];
  return (
    <svg width={width} height={8} aria-hidden="true" style={{ flex: 'none' }}>
      <line
        x1={0}
        y1={4}
        x2={width}
        y2={4}
        stroke={verdict === 'contradicted' ? RED : 'var(--bm-link-color, currentColor)'}
        strokeWidth={2}
        strokeDasharray={style.dash ?? undefined}
        opacity={style.opacity}
      />
    </svg>
  );
}

/** The verdict as a badge: its label in words, in its colour. */
export function VerdictBadge({ verdict }: { verdict: EvidenceVerdict }) {
  return (
    <Badge color={VERDICT_STYLES[verdict].color} variant="light" data-verdict={verdict}>
      {VERDICT_LABELS[verdict]}
    </Badge>
  );
}

/** The line sample with the verdict's name: one entry of the map's legend. */
export function VerdictKey({ verdict, count }: { verdict: EvidenceVerdict; count?: number }) {
  return (
    <Group gap={6} wrap="nowrap" data-verdict={verdict}>
      <VerdictLine verdict={verdict} />
      <Text size="sm">
        {VERDICT_LABELS[verdict]}
        {count !== undefined && <b> {count}</b>}
      </Text>
    </Group>
  );
}
