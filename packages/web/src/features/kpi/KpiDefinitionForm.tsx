import {
  Alert,
  Button,
  Card,
  Divider,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import type { KpiRecord, Thresholds } from '../../api/types.ts';
import { usePeriod } from '../../app/url-state.ts';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { useVersionedForm } from '../../components/forms/use-versioned-form.ts';
import { FormulaField } from '../formula/FormulaField.tsx';
import { KpiTargetsField } from './KpiTargetsField.tsx';
import { KpiRollupFields } from './KpiRollupFields.tsx';
import { kpiFieldBindings } from './kpi-field-bindings.ts';
import { isCalculated, kpiPatch, kpiToValues, scaleProblem, validateKpiPatch } from './kpi-form.ts';
import { INDICATOR_OPTIONS, OPTIMIZATION_OPTIONS } from './kpi-options.ts';

/**
 * Every definition field of a KPI, checked with the shared `updateKpiInput` before sending and
 * saved as one versioned PATCH of the changed fields. The server checks the scale as a whole
 * (INVALID_SCALE) and its message appears at the field it names.
 */
export function KpiDefinitionForm({
  ws,
  sc,
  kpi,
  scorecardThresholds,
}: {
  ws: string;
  sc: string;
  kpi: KpiRecord;
  scorecardThresholds: Thresholds;
}) {
  const form = useVersionedForm({
    ws,
    record: kpi,
    toValues: kpiToValues,
    toPatch: kpiPatch,
    validate: validateKpiPatch,
    write: (patch, version) =>
      request<KpiRecord>(paths.kpi(ws, sc, kpi.id), { method: 'PATCH', body: patch, version }),
    success: 'KPI saved',
  });
  const { values, errors } = form;
  const set = form.setField;
  // A scale problem (INVALID_SCALE) is about several fields at once: the fields are marked and
  // the message is shown once, full width, under them.
  const scaleError = scaleProblem(errors);
  const { text, number, select } = kpiFieldBindings(values, errors, set);
  const range = values.optimization === 'range';
  const [period] = usePeriod();

  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        form.save();
      }}
      aria-label="KPI definition"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>Definition</Title>
          <Text size="xs" c="dimmed">
            version {kpi.version}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="sm">
          <Stack gap="sm">
            <TextInput label="Name" withAsterisk {...text('name')} />
            <Textarea
              label="Description"
              autosize
              minRows={1}
              maxRows={5}
              {...text('description')}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label="Unit" placeholder="%, EUR, h, #" {...text('unit')} />
              <Select label="Indicator" data={INDICATOR_OPTIONS} {...select('indicator')} />
              <TextInput label="Owner" {...text('owner')} />
            </SimpleGrid>

            <Divider label="Values" labelPosition="left" />
            <FormulaField
              ws={ws}
              sc={sc}
              kpi={kpi.id}
              period={period}
              unit={values.unit.trim() === '' ? null : values.unit.trim()}
              value={values.formula}
              onChange={(formula) => set('formula', formula)}
              error={errors['formula']}
            />

            <Divider label="Scale" labelPosition="left" />
            <Select
              label="Optimization"
              data={OPTIMIZATION_OPTIONS}
              {...select('optimization')}
              error={errors['optimization'] !== undefined}
            />
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
              <NumberInput label="Baseline" placeholder="start" {...number('baseline')} />
              {range ? (
                <>
                  <NumberInput label="Target low" {...number('targetLow')} />
                  <NumberInput label="Target high" {...number('targetHigh')} />
                </>
              ) : (
                <NumberInput label="Target" placeholder="goal" {...number('target')} />
              )}
              <NumberInput label="Min" placeholder="optional" {...number('min')} />
              <NumberInput label="Max" placeholder="optional" {...number('max')} />
            </SimpleGrid>
            {scaleError && (
              <Alert color="red" variant="light" p="xs" role="alert">
                <Text size="sm">{scaleError}</Text>
              </Alert>
            )}
            <KpiTargetsField
              rows={values.targets}
              range={range}
              error={errors['targets']}
              onChange={(rows) => set('targets', rows)}
            />
          </Stack>
          <KpiRollupFields
            values={values}
            errors={errors}
            set={set}
            scorecardThresholds={scorecardThresholds}
            calculated={isCalculated(values)}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" disabled={!form.dirty || form.saving} onClick={form.reset}>
            Reset
          </Button>
          <Button type="submit" disabled={!form.dirty} loading={form.saving}>
            Save definition
          </Button>
        </Group>
      </Stack>
      <ConflictDialog
        conflict={form.conflict}
        onKeepMine={form.overwrite}
        onUseTheirs={form.keepTheirs}
      />
    </Card>
  );
}
