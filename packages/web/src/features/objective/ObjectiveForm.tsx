import {
  Button,
  Card,
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
import { ROLLUP_METHODS } from '@bearing/core';
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import type { ObjectiveRecord, Perspective } from '../../api/types.ts';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { CustomerSelect } from './CustomerSelect.tsx';
import { useVersionedForm } from '../../components/forms/use-versioned-form.ts';
import {
  customerChoices,
  objectivePatch,
  objectiveToValues,
  validateObjectivePatch,
  type ObjectiveFormValues,
} from './objective-form.ts';

const ROLLUP_LABEL: Readonly<Record<string, string>> = {
  weighted: 'Weighted mean of its KPIs and sub-objectives',
  min: 'Worst child (min)',
  max: 'Best child (max)',
};

/**
 * Every field of the objective, checked with the shared `updateObjectiveInput`, saved as one
 * versioned PATCH. Moves (perspective, parent, contributesTo) are checked by the server for
 * broken references and cycles; those messages appear at the field.
 */
export function ObjectiveForm({
  ws,
  sc,
  objective,
  perspectives,
  objectives,
  customer,
}: {
  ws: string;
  sc: string;
  objective: ObjectiveRecord;
  perspectives: readonly Perspective[];
  objectives: readonly ObjectiveRecord[];
  customer: unknown;
}) {
  const form = useVersionedForm({
    ws,
    record: objective,
    toValues: objectiveToValues,
    toPatch: objectivePatch,
    validate: validateObjectivePatch,
    write: (patch, version) =>
      request<ObjectiveRecord>(paths.objective(ws, sc, objective.id), {
        method: 'PATCH',
        body: patch,
        version,
      }),
    success: 'Objective saved',
  });
  const { values, errors, setField } = form;
  const text = (key: keyof ObjectiveFormValues) => ({
    value: values[key] as string,
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => setField(key, e.currentTarget.value),
  });
  const parents = objectives
    .filter((o) => o.id !== objective.id)
    .map((o) => ({ value: o.id, label: o.name }));

  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="form"
      aria-label="Objective details"
      onSubmit={(e) => {
        e.preventDefault();
        form.save();
      }}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>Details</Title>
          <Text size="xs" c="dimmed">
            version {objective.version}
          </Text>
        </Group>
        <TextInput label="Name" withAsterisk {...text('name')} />
        <Textarea label="Description" autosize minRows={2} maxRows={6} {...text('description')} />
        <TextInput label="Owner" {...text('owner')} />
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label="Perspective"
            data={perspectives.map((p) => ({ value: p.id, label: p.name }))}
            value={values.perspective}
            error={errors['perspective']}
            allowDeselect={false}
            onChange={(v) => setField('perspective', v ?? values.perspective)}
          />
          <NumberInput
            label="Weight"
            description="0 = tracked, not counted"
            min={0}
            value={values.weight}
            error={errors['weight']}
            onChange={(v) => setField('weight', v)}
          />
        </SimpleGrid>
        <Select
          label="Roll-up"
          description="how its children make its score"
          data={ROLLUP_METHODS.map((m) => ({ value: m, label: ROLLUP_LABEL[m] ?? m }))}
          value={values.rollup}
          error={errors['rollup']}
          allowDeselect={false}
          onChange={(v) => setField('rollup', v ?? 'weighted')}
        />
        <Select
          label="Parent objective"
          description="makes this a sub-objective"
          placeholder="None (top level of its perspective)"
          data={parents}
          value={values.parent === '' ? null : values.parent}
          error={errors['parent']}
          clearable
          searchable
          onChange={(v) => setField('parent', v ?? '')}
        />
        <TextInput
          label="Contributes to"
          description="cascading: <scorecard>/<objective> of another scorecard"
          placeholder="e.g. group/grow-revenue"
          {...text('contributesTo')}
        />
        <SimpleGrid cols={2} spacing="sm">
          <CustomerSelect
            label="Stakeholder"
            what="stakeholders"
            choices={customerChoices(customer, 'stakeholders')}
            value={values.stakeholder}
            error={errors['stakeholder']}
            onChange={(v) => setField('stakeholder', v)}
          />
          <CustomerSelect
            label="Segment"
            what="segments"
            choices={customerChoices(customer, 'segments')}
            value={values.segment}
            error={errors['segment']}
            onChange={(v) => setField('segment', v)}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" disabled={!form.dirty || form.saving} onClick={form.reset}>
            Reset
          </Button>
          <Button type="submit" disabled={!form.dirty} loading={form.saving}>
            Save
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
