import { Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';

/** One-click examples for a list field: adds the name unless it is already there. */
export function SuggestionButtons({
  label,
  suggestions,
  value,
  onChange,
}: {
  label: string;
  suggestions: readonly string[];
  value: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const left = suggestions.filter((s) => !value.some((v) => v.toLowerCase() === s.toLowerCase()));
  if (left.length === 0) return null;
  return (
    <Group gap={6} mt={6}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {left.map((s) => (
        <Button
          key={s}
          size="compact-xs"
          variant="light"
          leftSection={<IconPlus size={12} />}
          onClick={() => onChange([...value, s])}
        >
          {s}
        </Button>
      ))}
    </Group>
  );
}
