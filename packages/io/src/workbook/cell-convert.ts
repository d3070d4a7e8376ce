import { type Cell, isDateCell } from '@bearing/core';
import type { CellKind } from './sheets.ts';

export type Converted =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** The text a cell shows: a date cell as its day, a number as written. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (isDateCell(cell)) return cell.date;
  return String(cell);
}

/**
 * A non-blank cell as the strategy-file value of its column. What cannot be converted is passed
 * on as text, so the strategy file's own validation words the problem (`expected a number`),
 * exactly as for a YAML file; only JSON options are refused here.
 */
export function convertCell(cell: Cell, kind: CellKind): Converted {
  const text = cellText(cell);
  switch (kind) {
    case 'text':
      return { ok: true, value: text };
    case 'id':
    case 'date':
      return { ok: true, value: text.trim() };
    case 'number':
      return { ok: true, value: toNumber(cell) };
    case 'boolean':
      return { ok: true, value: toBoolean(text) };
    case 'target': {
      const parts = text.split(';').map((p) => p.trim());
      if (parts.length === 2 && parts.every((p) => NUMBER.test(p))) {
        return { ok: true, value: parts.map(Number) };
      }
      return { ok: true, value: toNumber(cell) };
    }
    case 'list':
      return {
        ok: true,
        value: text
          .split(';')
          .map((p) => p.trim())
          .filter((p) => p !== ''),
      };
    case 'json':
      return parseOptions(text);
  }
}

function toNumber(cell: Cell): unknown {
  if (typeof cell === 'number') return cell;
  const text = cellText(cell).trim();
  const plain = text.endsWith('%') ? text.slice(0, -1).trim() : text;
  return NUMBER.test(plain) ? Number(plain) : text;
}

function toBoolean(text: string): unknown {
  const word = text.trim().toLowerCase();
  if (word === 'true' || word === 'yes') return true;
  if (word === 'false' || word === 'no') return false;
  return text;
}

function parseOptions(text: string): Converted {
  const wrong = {
    ok: false,
    message: `expected the rule's options as a JSON object such as {"max": 3}, got ${JSON.stringify(text)}`,
  } as const;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { ok: true, value }
      : wrong;
  } catch {
    return wrong;
  }
}
