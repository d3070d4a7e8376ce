import { Badge, Group, Stack, Text } from '@mantine/core';
import type { FormulaCheckResult } from '../../api/types.ts';
import { describeError } from '../../api/describe-error.ts';
import { inputsText, missingInputs, previewText, problemText } from './check-summary.ts';

/** Under the formula field: its problems, or the value it gives for the period. */
export function FormulaCheckSummary({
  result,
  checking,
  error,
  unit,
}: {
  result: FormulaCheckResult | null;
  checking: boolean;
  error: Error | null;
  unit: string | null;
}) {
  if (error) {
    return (
      <Text size="sm" c="dimmed">
        The formula could not be checked: {describeError(error)}
      </Text>
    );
  }
  if (result === null) {
    return checking ? (
      <Text size="sm" c="dimmed" aria-live="polite">
        Checking…
      </Text>
    ) : null;
  }
  if (result.problems.length > 0) {
    return (
      <Stack gap={2} role="alert" aria-label="Problems in the formula">
        {result.problems.map((problem, i) => (
          <div key={i}>
            <Text size="sm" c="red">
              {problemText(problem)}
            </Text>
            {problem.hint && (
              <Text size="xs" c="dimmed">
                {problem.hint}
              </Text>
            )}
          </div>
        ))}
      </Stack>
    );
  }
  const missing = result.value === null ? missingInputs(result.inputs) : null;
  const detail = missing ?? (result.inputs.length > 0 ? `from ${inputsText(result.inputs)}` : null);
  return (
    <Stack gap={0} aria-live="polite">
      <Group gap="xs">
        <Text size="sm" fw={600} data-testid="formula-preview">
          {previewText(result, unit)}
        </Text>
        {result.stale && (
          <Badge size="xs" variant="light" color="yellow" title="An input was carried forward">
            stale
          </Badge>
        )}
      </Group>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Stack>
  );
}
