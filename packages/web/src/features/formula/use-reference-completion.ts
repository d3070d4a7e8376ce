import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import { useKpiIndex } from '../../api/queries.ts';
import { insertReference, openReferenceAt } from './caret-reference.ts';
import { referenceOptions, type ReferenceOption } from './reference-options.ts';

/**
 * The completion behind the formula field: the list opens while a reference is being typed
 * (after `[`), filters as the user types, and is driven from the keyboard like a combobox
 * (arrows move, Enter or Tab picks, Escape closes it for this reference).
 */
export function useReferenceCompletion({
  ws,
  sc,
  self,
  text,
  setText,
  inputRef,
}: {
  ws: string;
  sc: string;
  self: string | null;
  text: string;
  setText: (text: string) => void;
  /** The field, to put the caret after a picked reference. */
  inputRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const index = useKpiIndex(ws);
  /** Where the caret is; null while the field does not have the focus. */
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  /** The `[` whose list was closed with Escape: it stays closed until another is typed. */
  const [dismissed, setDismissed] = useState<number | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const reference = caret === null ? null : openReferenceAt(text, caret);
  const query = reference?.query ?? null;
  const options = useMemo(
    () => (query === null ? [] : referenceOptions(index.data ?? [], sc, query, self)),
    [index.data, sc, self, query],
  );
  const open = reference !== null && reference.start !== dismissed;
  const activeIndex = options.length === 0 ? -1 : Math.min(active, options.length - 1);

  // After a pick the caret goes after the inserted reference, once React has written the text.
  useLayoutEffect(() => {
    const at = pendingCaret.current;
    if (at === null || inputRef.current === null) return;
    pendingCaret.current = null;
    inputRef.current.setSelectionRange(at, at);
  });

  const pick = (option: ReferenceOption) => {
    if (reference === null) return;
    const next = insertReference(text, reference, option.reference);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    setActive(0);
    setText(next.text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        setActive((activeIndex + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
        return;
      case 'Enter':
      case 'Tab': {
        const option = options[activeIndex];
        if (option === undefined) return;
        event.preventDefault();
        pick(option);
        return;
      }
      case 'Escape':
        // Closes the list only: the dialog or page around the field stays open.
        event.preventDefault();
        event.stopPropagation();
        setDismissed(reference.start);
        return;
    }
  };

  const track = (event: SyntheticEvent<HTMLTextAreaElement>) =>
    setCaret(event.currentTarget.selectionStart);

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const { value, selectionStart } = event.currentTarget;
    if (value[selectionStart - 1] === '[') setDismissed(null);
    setText(value);
    setCaret(selectionStart);
    setActive(0);
  };

  return {
    open,
    options,
    /** What the list is filtered by. */
    query: query ?? '',
    active: activeIndex,
    setActive,
    pick,
    loading: index.isPending,
    inputProps: {
      onKeyDown,
      onChange,
      onSelect: track,
      onClick: track,
      onFocus: track,
      onBlur: () => setCaret(null),
    },
  };
}
