import { Divider, Paper, SimpleGrid, Stack } from '@mantine/core';
import { CategoryBars } from './CategoryBars.tsx';
import { countBySeverity } from './grouping.ts';
import type { LintReport } from './lint-report.ts';
import { QualityScoreRing } from './QualityScoreRing.tsx';

/** The score and its breakdown: stacked beside the map, side by side on the quality page. */
export function QualityOverview({ report, wide = false }: { report: LintReport; wide?: boolean }) {
  const ring = (
    <QualityScoreRing
      score={report.quality.score}
      counts={countBySeverity(report.findings)}
      size={wide ? 120 : 92}
    />
  );
  const bars = <CategoryBars categories={report.quality.categories} />;
  if (wide) {
    return (
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl" verticalSpacing="md">
          {ring}
          {bars}
        </SimpleGrid>
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      {ring}
      <Divider />
      {bars}
    </Stack>
  );
}
