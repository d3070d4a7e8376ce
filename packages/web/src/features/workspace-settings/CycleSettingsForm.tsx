import type { CycleSettings } from '@bearing/core';
import { Button, Group, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { describeError } from '../../api/describe-error.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useCycleSettings, useSaveCycleSettings } from './use-workspace-settings.ts';

/**
 * The monthly update cycle of a workspace: when a missing value becomes overdue, when owners
 * are reminded, and the day the digest goes out (docs/notifications.md, "The cycle").
 */
export function CycleSettingsSection({ ws }: { ws: string }) {
  const settings = useCycleSettings(ws);
  return (
    <QueryState query={settings} label="the update cycle settings">
      {(current) => <CycleSettingsForm ws={ws} current={current} />}
    </QueryState>
  );
}

function CycleSettingsForm({ ws, current }: { ws: string; current: CycleSettings }) {
  const [draft, setDraft] = useState<CycleSettings>(current);
  const save = useSaveCycleSettings(ws);
  const set = (patch: Partial<CycleSettings>) => setDraft((d) => ({ ...d, ...patch }));
  const changed = JSON.stringify(draft) !== JSON.stringify(current);
  return (
    <Stack gap="sm" maw={560}>
      <NumberInput
        label="Grace days"
        description="days after a period ends before a missing value is overdue"
        min={0}
        max={366}
        value={draft.graceDays}
        onChange={(v) => set({ graceDays: typeof v === 'number' ? v : 0 })}
        w={200}
      />
      <DaysOrOff
        label="Remind before a value is due"
        unit="days before"
        value={draft.remindDaysBefore}
        fallback={3}
        onChange={(remindDaysBefore) => set({ remindDaysBefore })}
      />
      <DaysOrOff
        label="Remind when a value is overdue"
        unit="days overdue"
        value={draft.remindDaysAfter}
        fallback={1}
        onChange={(remindDaysAfter) => set({ remindDaysAfter })}
      />
      <DaysOrOff
        label="Send the monthly digest"
        unit="day of the month (1–28)"
        value={draft.digestDay}
        fallback={1}
        min={1}
        max={28}
        onChange={(digestDay) => set({ digestDay })}
      />
      <Group>
        <Button disabled={!changed} loading={save.isPending} onClick={() => save.mutate(draft)}>
          Save cycle settings
        </Button>
        {save.isSuccess && !changed && (
          <Text c="green" size="sm" role="status">
            Saved.
          </Text>
        )}
      </Group>
      {save.error !== null && (
        <Text c="red" size="sm" role="alert">
          Not saved: {describeError(save.error)}
        </Text>
      )}
    </Stack>
  );
}

/** A number of days that can also be switched off (null). */
function DaysOrOff({
  label,
  unit,
  value,
  fallback,
  min = 0,
  max = 366,
  onChange,
}: {
  label: string;
  unit: string;
  value: number | null;
  fallback: number;
  min?: number;
  max?: number;
  onChange: (value: number | null) => void;
}) {
  return (
    <Group align="flex-end" gap="md">
      <Switch
        label={label}
        checked={value !== null}
        onChange={(e) => onChange(e.currentTarget.checked ? fallback : null)}
        w={280}
      />
      <NumberInput
        aria-label={`${label}: ${unit}`}
        description={unit}
        min={min}
        max={max}
        disabled={value === null}
        value={value ?? ''}
        onChange={(v) => onChange(typeof v === 'number' ? v : fallback)}
        w={180}
      />
    </Group>
  );
}
