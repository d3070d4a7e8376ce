import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../components/forms/field-errors.ts';
import type { InitiativeValues } from './initiative-form.ts';
import { INITIATIVE_STATUS_OPTIONS } from './initiative-status.ts';

/** The fields of an initiative, for both adding and editing one. */
export function InitiativeFields({
  values,
  errors,
  setField,
}: {
  values: InitiativeValues;
  errors: FieldErrors;
  setField: <K extends keyof InitiativeValues>(key: K, value: InitiativeValues[K]) => void;
}) {
  const text = (key: 'name' | 'owner' | 'description' | 'start' | 'due') => ({
    value: values[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => setField(key, e.currentTarget.value),
  });
  const number = (key: 'progress' | 'budget' | 'spent') => ({
    value: values[key],
    error: errors[key],
    onChange: (v: number | string) => setField(key, v),
  });
  return (
    <Stack gap="sm">
      <TextInput label="Name" withAsterisk data-autofocus {...text('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Owner" {...text('owner')} />
        <Select
          label="Status"
          data={INITIATIVE_STATUS_OPTIONS}
          value={values.status}
          error={errors['status']}
          allowDeselect={false}
          onChange={(v) => setField('status', v ?? 'not-started')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NumberInput label="Progress" suffix="%" min={0} max={100} {...number('progress')} />
        <TextInput label="Start" type="date" {...text('start')} />
        <TextInput label="Due" type="date" {...text('due')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput label="Budget" thousandSeparator=" " {...number('budget')} />
        <NumberInput label="Spent" thousandSeparator=" " {...number('spent')} />
      </SimpleGrid>
      <Textarea label="Description" autosize minRows={2} maxRows={6} {...text('description')} />
    </Stack>
  );
}
