import { Select } from '@mantine/core';

/** A stakeholder or segment of the scorecard's customer section (ids must exist there). */
export function CustomerSelect(props: {
  label: string;
  what: string;
  choices: { value: string; label: string }[];
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { choices, value } = props;
  const data =
    value !== '' && !choices.some((c) => c.value === value)
      ? [...choices, { value, label: value }]
      : choices;
  return (
    <Select
      label={props.label}
      description={
        data.length === 0 ? `no ${props.what} in the customer section` : 'from the customer section'
      }
      placeholder="None"
      data={data}
      disabled={data.length === 0}
      value={value === '' ? null : value}
      error={props.error}
      clearable
      onChange={(v) => props.onChange(v ?? '')}
    />
  );
}
