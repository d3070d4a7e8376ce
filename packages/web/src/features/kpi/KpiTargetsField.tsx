import {
  ActionIcon,
  Button,
  Group,
  Input,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { TargetRow } from './kpi-form.ts';

/** Per-period targets (`targets: {"2027": 1.5}`): a period key and a target, or [low, high]. */
export function KpiTargetsField({
  rows,
  range,
  error,
  onChange,
}: {
  rows: readonly TargetRow[];
  range: boolean;
  error: string | undefined;
  onChange: (rows: TargetRow[]) => void;
}) {
  const update = (i: number, patch: Partial<TargetRow>) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <Input.Wrapper
      label="Targets per period"
      description="From the period on, this target applies instead of the KPI's target (e.g. 2027 → 1.5)"
      error={error}
    >
      <Stack gap={6} mt={6}>
        {rows.length === 0 && (
          <Text size="xs" c="dimmed">
            None: the KPI's target applies to every period.
          </Text>
        )}
        {rows.map((row, i) => (
          <Group key={i} gap="xs" wrap="nowrap">
            <TextInput
              size="xs"
              w={110}
              placeholder="2027-Q1"
              aria-label={`Period of per-period target ${i + 1}`}
              value={row.period}
              onChange={(e) => update(i, { period: e.currentTarget.value })}
            />
            <NumberInput
              size="xs"
              w={range ? 90 : 120}
              placeholder={range ? 'Low' : 'Target'}
              aria-label={`${range ? 'Low end of target' : 'Target'} for per-period target ${i + 1}`}
              value={row.value}
              onChange={(v) => update(i, { value: v })}
            />
            {range && (
              <NumberInput
                size="xs"
                w={90}
                placeholder="High"
                aria-label={`High end of target for per-period target ${i + 1}`}
                value={row.high}
                onChange={(v) => update(i, { high: v })}
              />
            )}
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove per-period target ${i + 1}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...rows, { period: '', value: '', high: '' }])}
          >
            Add a per-period target
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
