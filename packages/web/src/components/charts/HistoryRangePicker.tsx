import { Group, SegmentedControl, Select } from '@mantine/core';
import { useMemo } from 'react';
import {
  RANGE_PRESETS,
  rangeOfKind,
  rangeOptions,
  type PresetContext,
} from '../../lib/period-range.ts';
import { periodLabel } from '../../lib/periods.ts';
import type { HistoryRange } from './use-history-range.ts';

const CUSTOM = 'custom';

/** Presets and explicit from/to for a history chart; the choice lives in the URL. */
export function HistoryRangePicker({
  ctx,
  history,
}: {
  ctx: PresetContext;
  history: HistoryRange;
}) {
  const options = useMemo(
    () => rangeOptions(ctx).map((p) => ({ value: p.key, label: periodLabel(p.key) })),
    [ctx],
  );
  const { range } = history;
  const withCurrent = (key: string | undefined) =>
    key && !options.some((o) => o.value === key)
      ? [{ value: key, label: periodLabel(key) }, ...options]
      : options;
  const choose = (which: 'from' | 'to', key: string | null) => {
    if (!key || !range) return;
    history.setRange(rangeOfKind({ ...range, [which]: key }, ctx.kind));
  };
  return (
    <Group gap="xs" wrap="wrap">
      <SegmentedControl
        size="xs"
        aria-label="History range"
        value={history.preset ?? CUSTOM}
        data={[
          ...RANGE_PRESETS,
          ...(history.preset === null ? [{ value: CUSTOM, label: 'Custom', disabled: true }] : []),
        ]}
        onChange={(value) => {
          const preset = RANGE_PRESETS.find((p) => p.value === value);
          if (preset) history.setPreset(preset.value);
        }}
      />
      <Select
        size="xs"
        w={130}
        aria-label="From"
        placeholder="From"
        searchable
        value={range?.from ?? null}
        data={withCurrent(range?.from)}
        allowDeselect={false}
        onChange={(key) => choose('from', key)}
      />
      <Select
        size="xs"
        w={130}
        aria-label="To"
        placeholder="To"
        searchable
        value={range?.to ?? null}
        data={withCurrent(range?.to)}
        allowDeselect={false}
        onChange={(key) => choose('to', key)}
      />
    </Group>
  );
}
