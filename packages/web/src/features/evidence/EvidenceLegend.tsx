import { Group, Paper, Text } from '@mantine/core';
import type { EvidenceVerdict, LinkEvidenceResponse } from '@bearing/core';
import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { VerdictKey } from './VerdictBadge.tsx';
import { VERDICT_ORDER } from './verdicts.ts';

/** How many links have each verdict. */
export function verdictCounts(
  links: readonly Pick<LinkEvidenceResponse, 'verdict'>[],
): Record<EvidenceVerdict, number> {
  const counts: Record<EvidenceVerdict, number> = {
    contradicted: 0,
    supported: 0,
    inconclusive: 0,
    'insufficient-data': 0,
  };
  for (const link of links) counts[link.verdict] += 1;
  return counts;
}

/** The map's key to its links: each verdict's line, name and count, over the canvas. */
export const EvidenceLegend = memo(function EvidenceLegend({
  links,
}: {
  links: readonly LinkEvidenceResponse[];
}) {
  const counts = verdictCounts(links);
  return (
    <Panel position="bottom-left">
      <Paper withBorder shadow="xs" px="sm" py={6} aria-label="Evidence legend" role="group">
        <Group gap="md" wrap="wrap">
          <Text size="sm" fw={600}>
            Evidence
          </Text>
          {VERDICT_ORDER.map((verdict) => (
            <VerdictKey key={verdict} verdict={verdict} count={counts[verdict]} />
          ))}
        </Group>
      </Paper>
    </Panel>
  );
});
