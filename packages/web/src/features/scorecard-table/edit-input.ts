/**
 * Turning what was typed into an inline edit into a PATCH body, checked with the same zod input
 * schemas the API validates with, so the message under the cell is the API's own wording.
 */
import { updateKpiInput, updateObjectiveInput, updatePerspectiveInput } from '@bearing/core';
import { parseNumberCell } from '../../lib/parse-number.ts';
import type { RowKind } from './table-tree.ts';

export type EditBody = Readonly<Record<string, unknown>>;
export type EditResult =
  { readonly ok: true; readonly body: EditBody } | { readonly ok: false; readonly message: string };

function firstIssue(error: { readonly issues: readonly { message: string }[] }): string {
  return error.issues[0]?.message ?? 'Not valid';
}

const SCHEMAS = {
  perspective: updatePerspectiveInput,
  objective: updateObjectiveInput,
  kpi: updateKpiInput,
} as const;

export type EditableKind = keyof typeof SCHEMAS;

export function isEditableKind(kind: RowKind): kind is EditableKind {
  return kind in SCHEMAS;
}

export function parseWeightEdit(kind: EditableKind, text: string): EditResult {
  const cell = parseNumberCell(text);
  if (!cell.ok) return cell;
  if (cell.value === null)
    return { ok: false, message: 'Enter a weight (0 = tracked, not counted)' };
  const parsed = SCHEMAS[kind].safeParse({ weight: cell.value });
  return parsed.success
    ? { ok: true, body: { weight: cell.value } }
    : { ok: false, message: firstIssue(parsed.error) };
}

/** One number, or two (`[low, high]`) for a range KPI. */
export function parseTargetEdit(texts: readonly string[]): EditResult {
  const numbers: number[] = [];
  for (const text of texts) {
    const cell = parseNumberCell(text);
    if (!cell.ok) return cell;
    if (cell.value === null) {
      return {
        ok: false,
        message: texts.length === 2 ? 'Enter both ends of the range' : 'Enter a target',
      };
    }
    numbers.push(cell.value);
  }
  const target = numbers.length === 2 ? [numbers[0], numbers[1]] : numbers[0];
  const parsed = updateKpiInput.safeParse({ target });
  return parsed.success
    ? { ok: true, body: { target } }
    : { ok: false, message: firstIssue(parsed.error) };
}

/** The text an editor starts with: the number as typed, without grouping or units. */
export function editText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
