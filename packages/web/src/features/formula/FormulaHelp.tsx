import { Code, Text } from '@mantine/core';
import { FORMULA_FUNCTIONS } from '@bearing/core';

const OPERATORS = [
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'and',
  'or',
  'not',
];

/** One line of help under the formula field: how to refer, the operators and the functions. */
export function FormulaHelp() {
  return (
    <Text size="xs" c="dimmed" data-testid="formula-help">
      Type <Code>[</Code> to pick a KPI (<Code>[kpi]</Code> here, <Code>[scorecard/kpi]</Code>{' '}
      elsewhere). Operators: {OPERATORS.join(' ')}, ( ). Functions:{' '}
      {Object.entries(FORMULA_FUNCTIONS).map(([name, spec], i) => (
        <span key={name}>
          {i > 0 && ', '}
          <Code title={spec.usage}>{name}</Code>
        </span>
      ))}
      . Missing data stays empty, never zero.
    </Text>
  );
}
