import { Group, Loader, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { EditBody, EditResult } from './edit-input.ts';
import classes from './table.module.css';
import type { SaveOutcome } from './use-row-edits.ts';

interface EditableCellProps {
  /** What the cell is, for screen readers: "weight of Grow revenue". */
  readonly label: string;
  readonly display: ReactNode;
  /** The editor's starting text: one field, or two for a range ("low", "high"). */
  readonly initial: readonly string[];
  readonly parse: (texts: readonly string[]) => EditResult;
  readonly onSave: (body: EditBody) => Promise<SaveOutcome>;
  readonly disabled?: boolean;
}

/**
 * A value that turns into an input on click (or Enter). Enter or leaving the cell saves, Escape
 * cancels; a refused value keeps the editor open with the reason under it.
 */
export function EditableCell({
  label,
  display,
  initial,
  parse,
  onSave,
  disabled,
}: EditableCellProps) {
  const [texts, setTexts] = useState<readonly string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  if (disabled) return <>{display}</>;

  const close = () => {
    setTexts(null);
    setError(null);
    // Give focus back to the cell, so keyboard users keep their place in the table.
    requestAnimationFrame(() => button.current?.focus());
  };

  const commit = async () => {
    if (texts === null || saving) return;
    if (texts.every((t, i) => t.trim() === (initial[i] ?? '').trim())) {
      close();
      return;
    }
    const parsed = parse(texts);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setSaving(true);
    const outcome = await onSave(parsed.body);
    setSaving(false);
    if (outcome.ok || 'conflict' in outcome) close();
    else setError(outcome.message);
  };

  if (texts === null) {
    return (
      <UnstyledButton
        ref={button}
        className={classes.editable}
        onClick={() => setTexts(initial)}
        aria-label={`Edit ${label}`}
      >
        <Group gap={4} wrap="nowrap">
          {display}
          <IconPencil size={12} className={classes.pencil} aria-hidden />
        </Group>
      </UnstyledButton>
    );
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    // Moving between the two inputs of a range is not leaving the cell.
    if (event.currentTarget.contains(event.relatedTarget)) return;
    void commit();
  };
  const names = texts.length === 2 ? ['low', 'high'] : [''];

  return (
    <div onBlur={onBlur} onKeyDown={onKeyDown} className={classes.editor}>
      <Group gap={4} wrap="nowrap">
        {texts.map((text, i) => (
          <TextInput
            key={names[i]}
            size="xs"
            w={texts.length === 2 ? 64 : 84}
            value={text}
            autoFocus={i === 0}
            placeholder={names[i]}
            aria-label={`${label}${names[i] ? ` (${names[i]})` : ''}`}
            aria-invalid={error !== null}
            onChange={(event) => {
              const next = [...texts];
              next[i] = event.currentTarget.value;
              setTexts(next);
              setError(null);
            }}
            disabled={saving}
          />
        ))}
        {saving && <Loader size={14} aria-label="Saving" />}
      </Group>
      {error && (
        // Floats over the neighbouring cells: a scale message is longer than a number column.
        <Text size="xs" c="red" role="alert" className={classes.error}>
          {error}
        </Text>
      )}
    </div>
  );
}
