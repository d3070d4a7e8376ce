import { Group, Paper, Text } from '@mantine/core';
import type { ReferenceOption } from './reference-options.ts';

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

/**
 * The KPIs a reference can name, under the formula field. Options keep the focus in the field
 * (mouse-down does not blur it), so typing goes on after a click as after Enter.
 */
export function ReferenceList({
  id,
  options,
  active,
  loading,
  query,
  onActive,
  onPick,
}: {
  id: string;
  options: readonly ReferenceOption[];
  active: number;
  loading: boolean;
  query: string;
  onActive: (index: number) => void;
  onPick: (option: ReferenceOption) => void;
}) {
  return (
    <Paper
      withBorder
      shadow="md"
      radius="sm"
      py={4}
      id={id}
      role="listbox"
      aria-label="KPIs to refer to"
      style={{
        position: 'absolute',
        zIndex: 30,
        left: 0,
        right: 0,
        maxHeight: 280,
        overflowY: 'auto',
      }}
    >
      {options.length === 0 && (
        <Text size="sm" c="dimmed" px="sm" py={4}>
          {loading ? 'Loading the KPIs…' : `No KPI matches "${query}"`}
        </Text>
      )}
      {options.map((option, index) => {
        const selected = index === active;
        const firstOther = !option.local && (index === 0 || options[index - 1]?.local === true);
        return (
          <div key={option.reference}>
            {firstOther && (
              <Text size="xs" c="dimmed" px="sm" pt={4} aria-hidden>
                Other scorecards
              </Text>
            )}
            <div
              role="option"
              id={optionId(id, index)}
              aria-selected={selected}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => onActive(index)}
              onClick={() => onPick(option)}
              style={{
                cursor: 'pointer',
                padding: '4px 12px',
                background: selected ? 'var(--mantine-primary-color-light)' : undefined,
              }}
            >
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text size="sm" ff="monospace">
                  [{option.reference}]
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {option.name}
                  {option.local ? '' : ` · ${option.scorecardName}`}
                  {option.unit ? ` · ${option.unit}` : ''}
                  {option.calculated ? ' · calculated' : ''}
                </Text>
              </Group>
            </div>
          </div>
        );
      })}
    </Paper>
  );
}
