import { Group, SegmentedControl, Select } from '@mantine/core';
import { useScores } from '../../api/queries.ts';
import {
  GRANULARITIES,
  granularityOf,
  periodLabel,
  recentPeriods,
  type Granularity,
} from '../../lib/periods.ts';
import { usePeriod, useScorecardParams } from '../url-state.ts';

const LATEST = 'latest';

/**
 * Month / quarter / half / year, then the period; "Latest" follows the newest data. The choice is
 * the `period` search parameter, so every view and every shared link shows the same period.
 */
export function PeriodPicker() {
  const params = useScorecardParams();
  const [period, setPeriod] = usePeriod();
  // The latest period with data anchors the list (the scores query is shared with the views).
  const latest = useScores(params.ws, params.sc, null).data?.period ?? null;
  const granularity: Granularity = (period && granularityOf(period)) || 'month';
  const anchor = latest ?? period;
  const options = anchor ? recentPeriods(anchor, granularity, 12, 2) : [];
  if (period && !options.includes(period)) options.unshift(period);
  return (
    <Group gap="xs" wrap="nowrap">
      <SegmentedControl
        size="xs"
        aria-label="Period length"
        value={granularity}
        data={GRANULARITIES.map((g) => ({ value: g, label: g[0]!.toUpperCase() + g.slice(1) }))}
        onChange={(g) => {
          const next = anchor ? recentPeriods(anchor, g, 1, 0)[0] : null;
          setPeriod(next ?? null);
        }}
      />
      <Select
        size="xs"
        w={150}
        aria-label="Period"
        value={period ?? LATEST}
        allowDeselect={false}
        data={[
          { value: LATEST, label: latest ? `Latest (${periodLabel(latest)})` : 'Latest' },
          ...options.map((key) => ({ value: key, label: periodLabel(key) })),
        ]}
        onChange={(value) => setPeriod(value === LATEST ? null : value)}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );
}
