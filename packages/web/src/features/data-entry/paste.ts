/**
 * A paste from a spreadsheet: lines are rows, tabs separate cells. Copying a column from Excel,
 * Google Sheets or LibreOffice gives one value per line and a trailing line break.
 */
export function splitPaste(text: string): string[][] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

/** True when a paste should fill several rows rather than go into one input as typed text. */
export function isMultiCellPaste(text: string): boolean {
  const rows = splitPaste(text);
  return rows.length > 1 || (rows[0]?.length ?? 0) > 1;
}
