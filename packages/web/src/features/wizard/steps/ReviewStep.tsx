import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DISCIPLINES, OUTCOMES } from '@bearing/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { QueryState } from '../../../components/QueryState.tsx';
import { ATTRIBUTE_INFO } from '../../customer/value-attributes.ts';
import { ScorecardPreviewTabs } from '../../templates/ScorecardPreviewTabs.tsx';
import { countsOf } from '../../templates/strategy-outline.ts';
import { useWizardPreview } from '../wizard.api.ts';
import type { WizardForm } from '../wizard-form.ts';

/** Step 5: the generated map before anything is written, and what to change first. */
export function ReviewStep({
  form,
  answers,
  ws,
  taken,
  onEdit,
}: {
  form: WizardForm;
  answers: Record<string, unknown>;
  ws: string;
  /** Scorecard ids the workspace already has. */
  taken: readonly string[];
  onEdit: (step: number) => void;
}) {
  const preview = useWizardPreview(answers, true);
  return (
    <Stack gap="md">
      <AnswersSummary form={form} onEdit={onEdit} />
      <QueryState query={preview} label="your strategy map">
        {(strategy) => {
          const sc = strategy.scorecards[0];
          if (sc === undefined) return null;
          const counts = countsOf(strategy.scorecards);
          return (
            <Stack gap="md">
              <Paper withBorder p="md">
                <Title order={3} size="h4">
                  {sc.name}
                </Title>
                <Text size="sm" c="dimmed">
                  {counts.objectives} objectives in four perspectives, {counts.kpis} KPIs (a leading
                  and a lagging one for each objective, outcomes per segment), {counts.links}{' '}
                  cause-effect links with their hypotheses, {counts.initiatives} first initiatives.
                </Text>
                <Alert mt="sm" color="blue" variant="light" icon={<IconInfoCircle />}>
                  KPI baselines and targets are examples from Bearing’s knowledge base, marked
                  PLACEHOLDER: after creating the map, set your own and start entering values.
                </Alert>
                {taken.includes(sc.id) && (
                  <Alert
                    mt="sm"
                    color="orange"
                    icon={<IconAlertTriangle />}
                    title={`Workspace “${ws}” already has a scorecard “${sc.id}”`}
                  >
                    The id comes from the organisation name.{' '}
                    <Anchor component="button" type="button" onClick={() => onEdit(0)} size="sm">
                      Change the name
                    </Anchor>
                    , or press Create and put the map in a new workspace.
                  </Alert>
                )}
              </Paper>
              <ScorecardPreviewTabs scorecard={sc} />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}

function AnswersSummary({ form, onEdit }: { form: WizardForm; onEdit: (step: number) => void }) {
  const discipline = form.valueDiscipline ? DISCIPLINES[form.valueDiscipline] : null;
  const people = [...form.partners, ...form.otherStakeholders];
  const items = [
    {
      step: 0,
      label: 'Who you serve',
      value: `${form.organization}${people.length > 0 ? ` · also ${people.join(', ')}` : ''}`,
    },
    {
      step: 1,
      label: 'Segments',
      value: form.segments
        .map((s) =>
          s.values.length > 0
            ? `${s.name} (${s.values.map((v) => ATTRIBUTE_INFO[v].label.toLowerCase()).join(', ')})`
            : s.name,
        )
        .join('; '),
    },
    { step: 2, label: 'Value proposition', value: discipline?.title ?? '–' },
    {
      step: 3,
      label: 'Outcomes',
      value: form.outcomes.map((o) => OUTCOMES[o].title).join(', '),
    },
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      {items.map((item) => (
        <Paper key={item.step} withBorder p="sm">
          <Group justify="space-between" gap={4} wrap="nowrap">
            <Badge size="xs" variant="light" color="gray">
              {item.label}
            </Badge>
            <Anchor
              component="button"
              type="button"
              size="xs"
              onClick={() => onEdit(item.step)}
              aria-label={`Edit ${item.label}`}
            >
              Edit
            </Anchor>
          </Group>
          <Text size="sm" mt={4} lineClamp={3}>
            {item.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
