import { Alert, Loader, Stack, Text, useComputedColorScheme } from '@mantine/core';
import { formatEvidenceLag, type LinkEvidenceResponse } from '@bearing/core';
import { useMemo } from 'react';
import { describeError } from '../../api/describe-error.ts';
import type { PeriodParam } from '../../api/queries.ts';
import { EChart } from '../../components/charts/EChart.tsx';
import { alignSeries } from './aligned-series.ts';
import { useLinkSeries } from './evidence.api.ts';
import { linkChartOption } from './link-chart-option.ts';

/** The found lag in words ("2 months"), without the stated-lag remark. */
const lagWords = (link: LinkEvidenceResponse) => formatEvidenceLag({ ...link, statedLag: null });

/** The caption says what was shifted, so no reader takes the alignment for the raw data. */
export function chartCaption(link: LinkEvidenceResponse, cause: string, effect: string): string {
  if (link.lag === null) return `Scores of “${cause}” and “${effect}”, period by period.`;
  if (link.lag === 0) {
    return `Scores of “${cause}” and “${effect}” in the same periods: the strongest relation is at no lag.`;
  }
  return `“${cause}” is shifted ${lagWords(link)} later, the lag the test found, so each point of the cause sits under the effect it is said to move. The test compares their period-to-period changes: rises and falls that line up support the link, a shared trend alone does not.`;
}

/** The two series of one link, aligned at the lag the test found. */
export function LinkSeriesChart(props: {
  ws: string;
  sc: string;
  period: PeriodParam;
  link: LinkEvidenceResponse;
}) {
  const { link } = props;
  const series = useLinkSeries(props.ws, props.sc, link, props.period);
  const dark = useComputedColorScheme('light') === 'dark';
  const option = useMemo(
    () =>
      series.data &&
      linkChartOption({
        aligned: alignSeries(series.data, link.lag),
        causeName: series.data.cause.name,
        effectName: series.data.effect.name,
        lagText: lagWords(link),
        dark,
      }),
    [series.data, link, dark],
  );
  if (series.error) {
    return (
      <Alert color="red" title="The series could not be loaded">
        {describeError(series.error)}
      </Alert>
    );
  }
  if (!series.data || !option) return <Loader size="sm" aria-label="Loading the series" />;
  const { cause, effect } = series.data;
  return (
    <Stack gap={4}>
      <EChart
        option={option}
        height={220}
        label={`Scores of ${effect.name} and of ${cause.name}, shifted by the found lag`}
      />
      <Text size="xs" c="dimmed" data-testid="link-chart-caption">
        {chartCaption(link, cause.name, effect.name)}
      </Text>
    </Stack>
  );
}
