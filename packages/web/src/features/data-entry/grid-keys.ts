/**
 * Spreadsheet keys for the entry grid: Enter moves down the column, Shift+Enter up (Tab keeps
 * its usual order: value, comment, next row). Inputs carry data-col and data-row.
 */
export function cellBelow(
  target: EventTarget | null,
  key: string,
  shift: boolean,
): { col: string; row: number } | null {
  if (key !== 'Enter' || !(target instanceof HTMLInputElement)) return null;
  const col = target.dataset['col'];
  const row = Number(target.dataset['row']);
  if (col === undefined || !Number.isInteger(row)) return null;
  return { col, row: row + (shift ? -1 : 1) };
}

export function focusCell(container: HTMLElement, col: string, row: number): boolean {
  const input = container.querySelector<HTMLInputElement>(
    `input[data-col="${col}"][data-row="${row}"]`,
  );
  if (input === null) return false;
  input.focus();
  input.select();
  return true;
}
