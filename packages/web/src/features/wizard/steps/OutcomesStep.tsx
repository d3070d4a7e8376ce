import { Checkbox, Grid, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import {
  CUSTOMER_OUTCOMES,
  DISCIPLINES,
  OUTCOMES,
  OUTCOME_CHAIN,
  type CustomerOutcome,
} from '@bearing/core';
import { HelpPanel } from '../HelpPanel.tsx';
import { choiceCardStyle } from './choice-card-style.ts';
import type { StepProps } from './step-props.ts';

/** Step 4: which results show that the customer perspective works, and the challenge to answer. */
export function OutcomesStep({ form, update, errors }: StepProps) {
  const segments = form.segments.filter((s) => s.name.trim() !== '').length;
  const n = form.outcomes.length;
  const chain = OUTCOME_CHAIN.filter(
    (l) => form.outcomes.includes(l.from) && form.outcomes.includes(l.to),
  );
  const discipline = form.valueDiscipline ? DISCIPLINES[form.valueDiscipline] : null;
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          <Checkbox.Group
            value={[...form.outcomes]}
            onChange={(value) =>
              update({
                outcomes: CUSTOMER_OUTCOMES.filter((o) => value.includes(o)),
              })
            }
            label="Which results matter most?"
            description={`Each targeted segment gets one lagging KPI per outcome: ${String(segments)} segment${segments === 1 ? '' : 's'} × ${String(n)} outcome${n === 1 ? '' : 's'} = ${String(segments * n)} KPIs.`}
            error={errors['outcomes']}
            required
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
              {CUSTOMER_OUTCOMES.map((o) => (
                <OutcomeCard key={o} id={o} checked={form.outcomes.includes(o)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Textarea
            label="The business challenge (optional)"
            description="What should the strategy fix? It opens the strategy document, with a first guess at its cause."
            placeholder="e.g. Few customers buy our second-generation products"
            autosize
            minRows={2}
            maxRows={5}
            value={form.challenge}
            onChange={(e) => update({ challenge: e.currentTarget.value })}
            error={errors['challenge']}
          />
          {discipline && form.challenge.trim() !== '' && (
            <Text size="sm" c="dimmed">
              First hypothesis to test: “{discipline.hypothesis}” — checked by the{' '}
              {discipline.title.toLowerCase()} objectives.
            </Text>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <HelpPanel title="Outcomes are results, not objectives">
          <Text size="sm">
            Outcomes tell you whether the customer perspective works. They are measured per segment,
            and they follow from meeting customers’ needs — so they are KPIs, never objectives of
            their own.
          </Text>
          <Text size="sm">The usual chain is a set of bets to test against your data:</Text>
          {(chain.length > 0 ? chain : OUTCOME_CHAIN.slice(0, 3)).map((l) => (
            <Text key={`${l.from}-${l.to}`} size="sm">
              <b>{OUTCOMES[l.from].title}</b> → <b>{OUTCOMES[l.to].title}</b>:{' '}
              <Text span c="dimmed" size="sm">
                {l.hypothesis.toLowerCase().startsWith('if') ? l.hypothesis : `if ${l.hypothesis}`}
              </Text>
            </Text>
          ))}
        </HelpPanel>
      </Grid.Col>
    </Grid>
  );
}

function OutcomeCard({ id, checked }: { id: CustomerOutcome; checked: boolean }) {
  const o = OUTCOMES[id];
  return (
    <Checkbox.Card
      value={id}
      radius="md"
      p="sm"
      aria-label={o.title}
      style={choiceCardStyle(checked)}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm" w="100%">
        <Checkbox.Indicator mt={2} />
        <div>
          <Text fw={600} size="sm">
            {o.title}
          </Text>
          <Text size="xs" c="dimmed">
            {o.definition}
          </Text>
        </div>
      </Group>
    </Checkbox.Card>
  );
}
