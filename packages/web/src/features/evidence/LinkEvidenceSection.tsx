import { Group, Stack, Text } from '@mantine/core';
import type { LinkEvidenceResponse } from '@bearing/core';
import type { PeriodParam } from '../../api/queries.ts';
import { EvidenceFigures } from './EvidenceFigures.tsx';
import { LinkSeriesChart } from './LinkSeriesChart.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';

/**
 * What the KPI history says about one link: the verdict, the reason in words, the figures, and
 * (when the link was tested) the two series aligned at the found lag.
 */
export function LinkEvidenceSection(props: {
  ws: string;
  sc: string;
  period: PeriodParam;
  link: LinkEvidenceResponse;
}) {
  const { link } = props;
  return (
    <Stack gap="sm" component="section" aria-label="Evidence" data-testid="link-evidence">
      <Group gap="xs">
        <Text fw={600} size="sm">
          Evidence
        </Text>
        <VerdictBadge verdict={link.verdict} />
      </Group>
      <Text size="sm" data-testid="evidence-reason">
        {link.reason}
      </Text>
      <EvidenceFigures link={link} />
      <LinkSeriesChart {...props} />
    </Stack>
  );
}
