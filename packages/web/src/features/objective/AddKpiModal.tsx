import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import type { KpiRecord } from '../../api/types.ts';
import { usePeriod } from '../../app/url-state.ts';
import { useCreateForm } from '../../components/forms/use-create-form.ts';
import { FormulaField } from '../formula/FormulaField.tsx';
import { FREQUENCY_OPTIONS, INDICATOR_OPTIONS, OPTIMIZATION_OPTIONS } from '../kpi/kpi-options.ts';
import { EMPTY_NEW_KPI, newKpiInput, validateNewKpi, type NewKpiValues } from './new-kpi-form.ts';

/** A new KPI for this objective: what it measures, which way is better, and where it should go. */
export function AddKpiModal({
  ws,
  sc,
  objective,
  opened,
  onClose,
}: {
  ws: string;
  sc: string;
  objective: string;
  opened: boolean;
  onClose: () => void;
}) {
  const form = useCreateForm<NewKpiValues, KpiRecord>({
    ws,
    initial: EMPTY_NEW_KPI,
    toInput: (v) => newKpiInput(objective, v),
    validate: validateNewKpi,
    write: (body) => request<KpiRecord>(paths.kpis(ws, sc), { method: 'POST', body }),
    success: 'KPI added',
    // The id defaults to the slug of the name: a clash is fixed by renaming.
    aliases: { id: 'name' },
    onCreated: onClose,
  });
  const { values, errors, setField } = form;
  const number = (key: 'baseline' | 'target' | 'targetLow' | 'targetHigh') => ({
    value: values[key],
    error: errors[key === 'targetLow' || key === 'targetHigh' ? 'target' : key],
    onChange: (v: number | string) => setField(key, v),
  });
  const range = values.optimization === 'range';
  const [period] = usePeriod();
  return (
    <Modal opened={opened} onClose={onClose} title="Add a KPI" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          form.submit();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label="Name"
            withAsterisk
            data-autofocus
            placeholder="e.g. Product return rate"
            value={values.name}
            error={errors['name']}
            onChange={(e) => setField('name', e.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label="Unit"
              placeholder="%, EUR, h, #"
              value={values.unit}
              error={errors['unit']}
              onChange={(e) => setField('unit', e.currentTarget.value)}
            />
            <Select
              label="Indicator"
              data={INDICATOR_OPTIONS}
              value={values.indicator}
              error={errors['indicator']}
              allowDeselect={false}
              onChange={(v) => setField('indicator', v ?? '')}
            />
            <Select
              label="Frequency"
              data={FREQUENCY_OPTIONS}
              value={values.frequency}
              error={errors['frequency']}
              allowDeselect={false}
              onChange={(v) => setField('frequency', v ?? 'monthly')}
            />
          </SimpleGrid>
          <Select
            label="Optimization"
            data={OPTIMIZATION_OPTIONS}
            value={values.optimization}
            error={errors['optimization']}
            allowDeselect={false}
            onChange={(v) => setField('optimization', v ?? 'maximize')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput label="Baseline" description="where it starts" {...number('baseline')} />
            {range ? (
              <>
                <NumberInput label="Target low" {...number('targetLow')} />
                <NumberInput label="Target high" {...number('targetHigh')} />
              </>
            ) : (
              <NumberInput
                label="Target"
                description="where it should get to"
                {...number('target')}
              />
            )}
          </SimpleGrid>
          <TextInput
            label="Owner"
            value={values.owner}
            error={errors['owner']}
            onChange={(e) => setField('owner', e.currentTarget.value)}
          />
          <FormulaField
            ws={ws}
            sc={sc}
            kpi={null}
            period={period}
            unit={values.unit.trim() === '' ? null : values.unit.trim()}
            value={values.formula}
            onChange={(formula) => setField('formula', formula)}
            error={errors['formula']}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.saving}>
              Add KPI
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
