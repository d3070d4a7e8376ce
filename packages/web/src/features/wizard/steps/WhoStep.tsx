import { Grid, List, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { PARTNER_OBJECTIVES, PARTNER_UMBRELLA } from '@bearing/core';
import { KIND_INFO } from '../../customer/value-attributes.ts';
import { HelpPanel } from '../HelpPanel.tsx';
import { errorUnder } from '../wizard-steps.ts';
import type { StepProps } from './step-props.ts';
import { SuggestionButtons } from './SuggestionButtons.tsx';

const PARTNER_EXAMPLES = ['Specialist dealers', 'Distributors', 'Sales representatives'];
const OTHER_EXAMPLES = ['Referring physicians', 'Donors', 'Volunteers', 'Regulator'];

/** Step 1: the organisation, and who besides the buyers the strategy must serve. */
export function WhoStep({ form, update, errors }: StepProps) {
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
          <TextInput
            label="Sector"
            description="Optional: it goes into the map's description."
            placeholder="e.g. outdoor equipment, health care, public sector"
            value={form.sector}
            onChange={(e) => update({ sector: e.currentTarget.value })}
            error={errors['sector']}
          />
          <div>
            <TagsInput
              label="Partners who sell or serve for you"
              description="Dealers, distributors, sales representatives, resellers. Leave empty if you sell directly. Type a name and press Enter."
              placeholder={form.partners.length === 0 ? 'e.g. Outdoor specialist dealers' : ''}
              value={[...form.partners]}
              onChange={(partners) => update({ partners })}
              error={errorUnder(errors, 'partners')}
              clearable
            />
            <SuggestionButtons
              label="Add:"
              suggestions={PARTNER_EXAMPLES}
              value={form.partners}
              onChange={(partners) => update({ partners })}
            />
          </div>
          <div>
            <TagsInput
              label="Other stakeholders whose needs count"
              description="Optional: people who do not buy but whose needs the strategy must meet."
              placeholder={form.otherStakeholders.length === 0 ? 'e.g. Referring physicians' : ''}
              value={[...form.otherStakeholders]}
              onChange={(otherStakeholders) => update({ otherStakeholders })}
              error={errorUnder(errors, 'otherStakeholders')}
              clearable
            />
            <SuggestionButtons
              label="Add:"
              suggestions={OTHER_EXAMPLES}
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
            You describe your buyers as <b>segments</b> in the next step. If you name partners, the
            map gets “{PARTNER_UMBRELLA.name}” with what partners need:
          </Text>
          <List size="sm" spacing={2}>
            {PARTNER_OBJECTIVES.map((o) => (
              <List.Item key={o.id}>{o.name}</List.Item>
            ))}
          </List>
        </HelpPanel>
      </Grid.Col>
    </Grid>
  );
}
