import { Grid, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { allDisciplines, DISCIPLINES } from '@bearing/core';
import { HelpPanel } from '../HelpPanel.tsx';
import { DisciplineCard } from './DisciplineCard.tsx';
import { bestFits, disciplineFit } from '../discipline-fit.ts';
import type { StepProps } from './step-props.ts';

/** Step 3: the value proposition — which one thing the organisation chooses to be best at. */
export function ValueStep({ form, update, errors }: StepProps) {
  const disciplines = allDisciplines();
  const best = bestFits(form.segments, disciplines);
  const chosen = form.valueDiscipline ? DISCIPLINES[form.valueDiscipline] : null;
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Radio.Group
          value={form.valueDiscipline}
          onChange={(value) => update({ valueDiscipline: value })}
          label="How do you win your customers?"
          description="Choose the one thing you will be best at. The map's customer objectives, processes and skills follow from it."
          error={errors['valueDiscipline']}
          required
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
            {disciplines.map((d) => (
              <DisciplineCard
                key={d.id}
                discipline={d}
                checked={form.valueDiscipline === d.id}
                fit={disciplineFit(form.segments, d)}
                best={best.includes(d.id)}
              />
            ))}
          </SimpleGrid>
        </Radio.Group>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <HelpPanel title="What is a value proposition?">
          <Text size="sm">
            It is the mix of product, relationship and image you offer — and, above all, the choice
            of what to be best at. Nobody is cheapest, most innovative and most personal at once.
          </Text>
          <Text size="sm">
            Four propositions come from Kaplan &amp; Norton (<i>Strategy Maps</i>), two from Treacy
            &amp; Wiersema. “Fits” shows which ones deliver what your segments value.
          </Text>
          {chosen ? (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {chosen.title}: how it is delivered
              </Text>
              {chosen.processes.map((p) => (
                <Text key={p.id} size="sm">
                  • {p.name}
                </Text>
              ))}
              <Text size="sm">• {chosen.learning.name}</Text>
              <Text size="sm" c="dimmed">
                In the financial perspective: “{chosen.financial.name}”.
              </Text>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              Pick one to see the processes and skills that deliver it.
            </Text>
          )}
        </HelpPanel>
      </Grid.Col>
    </Grid>
  );
}
