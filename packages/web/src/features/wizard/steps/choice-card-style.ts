import type { CSSProperties } from 'react';

/**
 * Radio and checkbox cards are buttons, which centre their content vertically; cards of a grid
 * read better top-aligned. The chosen one is marked by border and tint (and by its indicator).
 */
export function choiceCardStyle(checked: boolean): CSSProperties {
  return {
    display: 'flex',
    alignItems: 'flex-start',
    textAlign: 'left',
    borderColor: checked ? 'var(--mantine-primary-color-filled)' : undefined,
    background: checked ? 'var(--mantine-primary-color-light)' : undefined,
  };
}
