import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DISCIPLINES, type Scorecard } from '@bearing/core';
import { asCustomerModel, isEmptyCustomer } from '../customer/customer-model.ts';
import { ATTRIBUTE_INFO, KIND_INFO } from '../customer/value-attributes.ts';

/** Who the customers are, the segments and what they value, and the value proposition, briefly. */
export function CustomerSummary({ scorecard }: { scorecard: Scorecard }) {
  const model = asCustomerModel(scorecard.customer ?? null);
  if (model === null || isEmptyCustomer(model)) {
    return (
      <Text size="sm" c="dimmed">
        {scorecard.name} has no customer section.
      </Text>
    );
  }
  const names = new Map(scorecard.objectives.map((o) => [o.id as string, o.name]));
  const vp = model.valueProposition;
  const discipline = vp?.discipline ? DISCIPLINES[vp.discipline] : null;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {(['customer', 'partner', 'other'] as const).map((kind) => {
          const list = model.stakeholders.filter((s) => s.kind === kind);
          return (
            <div key={kind}>
              <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                {KIND_INFO[kind].label}
              </Text>
              {list.length === 0 ? (
                <Text size="sm" c="dimmed">
                  –
                </Text>
              ) : (
                list.map((s) => (
                  <Text key={s.id} size="sm">
                    <Text span fw={600}>
                      {s.name}
                    </Text>
                    {s.needs.length > 0 && (
                      <Text span c="dimmed">
                        {' '}
                        — “{s.needs[0]}”
                        {s.needs.length > 1 ? ` +${String(s.needs.length - 1)}` : ''}
                      </Text>
                    )}
                  </Text>
                ))
              )}
            </div>
          );
        })}
      </SimpleGrid>
      <div>
        <Title order={4} size="h6" mb={4}>
          Segments and what they value
        </Title>
        <Stack gap={4}>
          {model.segments.map((s) => (
            <Group key={s.id} gap={6}>
              <Text size="sm" fw={500}>
                {s.name}
              </Text>
              {s.values.map((v) => (
                <Badge key={v} size="sm" variant="light">
                  {ATTRIBUTE_INFO[v].label}
                </Badge>
              ))}
              {!s.targeted && (
                <Badge size="sm" variant="outline" color="gray">
                  not targeted
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      </div>
      {vp && (
        <div>
          <Title order={4} size="h6" mb={4}>
            Value proposition{discipline ? `: ${discipline.title}` : ''}
          </Title>
          {discipline && (
            <Text size="sm" c="dimmed" mb={4}>
              {discipline.customersGet}
            </Text>
          )}
          <Stack gap={2}>
            {vp.attributes.map((a) => (
              <Text key={`${a.attribute}-${a.objective}`} size="sm">
                <Text span fw={500}>
                  {ATTRIBUTE_INFO[a.attribute].label}
                </Text>
                <Text span c="dimmed">
                  {' '}
                  delivered by{' '}
                </Text>
                “{names.get(a.objective) ?? a.objective}”
              </Text>
            ))}
          </Stack>
        </div>
      )}
      {(model.challenges ?? []).map((c) => (
        <Text key={c.id} size="sm">
          <Text span fw={600}>
            Challenge:
          </Text>{' '}
          “{c.name}”
        </Text>
      ))}
    </Stack>
  );
}
