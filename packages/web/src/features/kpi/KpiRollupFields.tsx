import {
  Divider,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import type { Thresholds } from '../../api/types.ts';
import type { FieldErrors } from '../../components/forms/field-errors.ts';
import { formatScore } from '../../lib/format.ts';
import { kpiFieldBindings, type SetKpiField } from './kpi-field-bindings.ts';
import type { KpiFormValues } from './kpi-form.ts';
import { AGGREGATION_OPTIONS, FREQUENCY_OPTIONS, OUTCOME_OPTIONS } from './kpi-options.ts';

/** The KPI's collection, roll-up, status thresholds and customer fields (the form's right half). */
export function KpiRollupFields({
  values,
  errors,
  set,
  scorecardThresholds,
  calculated,
}: {
  values: KpiFormValues;
  errors: FieldErrors;
  set: SetKpiField;
  scorecardThresholds: Thresholds;
  /** A formula KPI: its inputs fold and carry forward by their own rules, so those are hidden. */
  calculated: boolean;
}) {
  const { text, number, select } = kpiFieldBindings(values, errors, set);
  return (
    <Stack gap="sm">
      <Divider label="Collection and roll-up" labelPosition="left" mt={4} />
      <SimpleGrid cols={{ base: 1, sm: calculated ? 2 : 3 }} spacing="sm">
        <Select
          label="Frequency"
          description={calculated ? 'how often it is scored' : 'how often a value is due'}
          data={FREQUENCY_OPTIONS}
          {...select('frequency')}
        />
        {!calculated && (
          <Select
            label="Aggregation"
            description="folding into longer periods"
            data={AGGREGATION_OPTIONS}
            {...select('aggregation')}
          />
        )}
        <NumberInput
          label="Weight"
          description="0 = tracked, not counted"
          min={0}
          {...number('weight')}
        />
      </SimpleGrid>
      {calculated && (
        <Text size="xs" c="dimmed" data-testid="calculated-rollup">
          No aggregation or carry-forward for a calculated KPI: each KPI in the formula folds by its
          own aggregation and carries its own values forward, so a quarter is computed from the
          quarter&apos;s inputs (a ratio of sums, not an average of monthly ratios).
        </Text>
      )}
      <Group gap="xl">
        {!calculated && (
          <Switch
            label="Carry the last value forward"
            checked={values.carryForward}
            onChange={(e) => set('carryForward', e.currentTarget.checked)}
            error={errors['carryForward']}
          />
        )}
        <Switch
          label="Allow negative values for %"
          checked={values.allowNegative}
          onChange={(e) => set('allowNegative', e.currentTarget.checked)}
          error={errors['allowNegative']}
        />
      </Group>

      <Divider label="Status thresholds" labelPosition="left" />
      <Switch
        label={`Own thresholds (else the scorecard's: green from ${formatScore(scorecardThresholds.green)}, amber from ${formatScore(scorecardThresholds.amber)})`}
        checked={values.ownThresholds}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          set('ownThresholds', on);
          if (on && values.green === '' && values.amber === '') {
            set('green', scorecardThresholds.green * 100);
            set('amber', scorecardThresholds.amber * 100);
          }
        }}
      />
      {values.ownThresholds && (
        <SimpleGrid cols={2} spacing="sm">
          <NumberInput
            label="Green from (score %)"
            suffix="%"
            min={0}
            max={100}
            {...number('green')}
            error={errors['thresholds']}
          />
          <NumberInput
            label="Amber from (score %)"
            suffix="%"
            min={0}
            max={100}
            {...number('amber')}
          />
        </SimpleGrid>
      )}

      <Divider label="Customer" labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label="Segment"
          description="a segment id of the customer section"
          {...text('segment')}
        />
        <Select
          label="Outcome"
          description="the core customer outcome"
          data={OUTCOME_OPTIONS}
          {...select('outcome')}
        />
      </SimpleGrid>
    </Stack>
  );
}
