import { Autocomplete, Grid, List, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { STAKEHOLDER_ROLES, allSectors, resolveSector, sectorKnowledge } from '@bearing/core';
import { KIND_INFO } from '../../customer/value-attributes.ts';
import { HelpPanel } from '../HelpPanel.tsx';
import { errorUnder } from '../wizard-steps.ts';
import type { StepProps } from './step-props.ts';
import { SuggestionButtons } from './SuggestionButtons.tsx';

const SECTOR_TITLES = allSectors().map((s) => s.title);

/**
 * Step 1: the organisation, its sector (which chooses the words of the map), and who besides
 * those it serves the strategy must serve. Examples and help follow the sector.
 */
export function WhoStep({ form, update, errors }: StepProps) {
  const read = resolveSector(form.sector);
  const sector = sectorKnowledge(read.id);
  const partnerNeeds = STAKEHOLDER_ROLES[sector.partners.defaultRole].objectives;
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          <TextInput
            label="Organisation name"
            description="The company, public body or non-profit the strategy is for."
            placeholder="e.g. Summit Gear"
            required
            data-autofocus
            value={form.organization}
            onChange={(e) => update({ organization: e.currentTarget.value })}
            error={errors['organization']}
          />
          <div>
            <Autocomplete
              label="Sector"
              description="It chooses the words of the map: patients, residents, clients, donors … Pick one or type your own."
              placeholder="e.g. health care, local government, retail"
              data={SECTOR_TITLES}
              value={form.sector}
              onChange={(sector) => update({ sector })}
              error={errors['sector']}
            />
            {(read.match === 'alias' || read.match === 'typo' || read.match === 'none') && (
              <Text size="xs" c="dimmed" mt={4}>
                {read.match === 'none'
                  ? `No sector fits “${form.sector.trim()}”: the map uses general words (customers, revenue).`
                  : `Read as ${sector.title}: the map speaks of ${sector.customers.plural}.`}
              </Text>
            )}
          </div>
          <div>
            <TagsInput
              label="Partners who refer, supply, sell or work with you"
              description="Each group gets objectives stating what it needs from you. Leave empty if there are none. Type a name and press Enter."
              placeholder={
                form.partners.length === 0 ? `e.g. ${sector.partners.examples[0] ?? ''}` : ''
              }
              value={[...form.partners]}
              onChange={(partners) => update({ partners })}
              error={errorUnder(errors, 'partners')}
              clearable
            />
            <SuggestionButtons
              label="Add:"
              suggestions={sector.partners.examples}
              value={form.partners}
              onChange={(partners) => update({ partners })}
            />
          </div>
          <div>
            <TagsInput
              label="Other stakeholders whose needs count"
              description="Optional: groups whose needs the strategy must meet too; each gets an objective of its own."
              placeholder={
                form.otherStakeholders.length === 0 ? `e.g. ${sector.otherExamples[0] ?? ''}` : ''
              }
              value={[...form.otherStakeholders]}
              onChange={(otherStakeholders) => update({ otherStakeholders })}
              error={errorUnder(errors, 'otherStakeholders')}
              clearable
            />
            <SuggestionButtons
              label="Add:"
              suggestions={sector.otherExamples}
              value={form.otherStakeholders}
              onChange={(otherStakeholders) => update({ otherStakeholders })}
            />
          </div>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <HelpPanel title="Who are your customers?">
          <Text size="sm">
            The customer perspective answers one question:{' '}
            <i>to reach our goals, what must our customers get from us?</i> So it starts with who
            they are.
          </Text>
          {(['customer', 'partner', 'other'] as const).map((kind) => (
            <div key={kind}>
              <Text size="sm" fw={600}>
                {KIND_INFO[kind].label}
              </Text>
              <Text size="sm">
                {KIND_INFO[kind].plain}{' '}
                <Text span c="dimmed" size="sm">
                  e.g. {KIND_INFO[kind].examples.toLowerCase()}.
                </Text>
              </Text>
            </div>
          ))}
          <Text size="sm">
            You describe the {sector.customers.plural} you serve as <b>segments</b> in the next
            step. If you name partners, the map gets “{sector.partners.umbrella.name}” with what
            each group needs, for instance:
          </Text>
          <List size="sm" spacing={2}>
            {partnerNeeds.map((o) => (
              <List.Item key={o.id}>{o.name}</List.Item>
            ))}
          </List>
        </HelpPanel>
      </Grid.Col>
    </Grid>
  );
}
