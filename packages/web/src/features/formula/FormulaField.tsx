import { Stack, Textarea } from '@mantine/core';
import { useId, useRef } from 'react';
import { FormulaCheckSummary } from './FormulaCheckSummary.tsx';
import { FormulaHelp } from './FormulaHelp.tsx';
import { FormulaMirror } from './FormulaMirror.tsx';
import { optionId, ReferenceList } from './ReferenceList.tsx';
import { useFormulaCheck } from './use-formula-check.ts';
import { useReferenceCompletion } from './use-reference-completion.ts';

export interface FormulaFieldProps {
  readonly ws: string;
  readonly sc: string;
  /** The KPI being edited (null while creating one): not offered, and cycles through it found. */
  readonly kpi: string | null;
  /** The period the preview is computed for; null: the scorecard's latest. */
  readonly period: string | null;
  /** The KPI's unit, for the preview. */
  readonly unit: string | null;
  readonly value: string;
  readonly onChange: (formula: string) => void;
  /** The API's refusal of the saved formula (422 at body.formula). */
  readonly error?: string | undefined;
}

/**
 * A calculated KPI's formula: `[` opens a list of the workspace's KPIs to refer to, the server
 * checks the text as it is typed (problems underlined in a mirror of it) and previews the value.
 * Empty means the KPI's values are entered instead.
 */
export function FormulaField(props: FormulaFieldProps) {
  const { ws, sc, kpi, value } = props;
  const listId = useId();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const completion = useReferenceCompletion({
    inputRef,
    ws,
    sc,
    self: kpi,
    text: value,
    setText: props.onChange,
  });
  const check = useFormulaCheck({ ws, sc, formula: value, kpi, period: props.period });
  const problems = check.result?.problems ?? [];
  return (
    <Stack gap={4}>
      <div style={{ position: 'relative' }}>
        <Textarea
          ref={inputRef}
          label="Formula"
          description="Leave empty to enter values; a formula computes them from other KPIs, e.g. [orders] / [visits] * 100"
          placeholder="[orders] / [visits] * 100"
          autosize
          minRows={1}
          maxRows={5}
          spellCheck={false}
          autoComplete="off"
          value={value}
          error={props.error}
          role="combobox"
          aria-expanded={completion.open}
          aria-controls={completion.open ? listId : undefined}
          aria-autocomplete="list"
          // Mantine's modals leave Escape to a field that says so: it closes the list first.
          data-mantine-stop-propagation={completion.open || undefined}
          aria-activedescendant={
            completion.open && completion.active >= 0
              ? optionId(listId, completion.active)
              : undefined
          }
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...completion.inputProps}
        />
        {completion.open && (
          <ReferenceList
            id={listId}
            options={completion.options}
            active={completion.active}
            loading={completion.loading}
            query={completion.query}
            onActive={completion.setActive}
            onPick={completion.pick}
          />
        )}
      </div>
      {value.trim() !== '' && <FormulaMirror text={value} problems={problems} />}
      <FormulaCheckSummary
        result={check.result}
        checking={check.checking}
        error={check.error}
        unit={props.unit}
      />
      <FormulaHelp />
    </Stack>
  );
}
