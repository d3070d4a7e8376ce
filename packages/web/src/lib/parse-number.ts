/**
 * Reading a number typed or pasted by a person: spreadsheets hand over "1,234.5", "12%",
 * "  42 ", "€1,200", or — in most of Europe — "62,5" and "1.234,5". Anything else is refused
 * with a message that quotes the text, never guessed.
 *
 * The comma: followed by exactly three digits ("1,234") it groups thousands, as before; any
 * other comma is a decimal comma ("62,5", "0,25", "62,5%"), and then dots group thousands
 * ("1.234,5"). "1,234" therefore stays one thousand two hundred and thirty-four.
 */
export type NumberCell =
  | { readonly ok: true; readonly value: number | null }
  | { readonly ok: false; readonly message: string };

/** Digits with an optional fraction, or with comma thousands groups ("1,234,567.8"). */
const PLAIN = /^\d+(\.\d+)?([eE][+-]?\d+)?$|^\.\d+$/;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
/** A decimal comma, with optional dot thousands groups: "62,5", "1.234,5", ",5". */
const DECIMAL_COMMA = /^(\d+|\d{1,3}(\.\d{3})+)?,\d+$/;
const CURRENCY = /^[$€£¥]/;
const MINUS = /^[-−–]/;

/** Empty text is "no value" (null); a number is returned as a number; anything else is an error. */
export function parseNumberCell(text: string): NumberCell {
  let rest = text.trim();
  if (rest === '') return { ok: true, value: null };
  let sign = 1;
  if (rest.startsWith('+')) rest = rest.slice(1).trimStart();
  else if (MINUS.test(rest)) {
    sign = -1;
    rest = rest.slice(1).trimStart();
  }
  rest = rest.replace(CURRENCY, '').trim();
  if (rest.endsWith('%')) rest = rest.slice(0, -1).trimEnd();
  const digits = toPlainDigits(rest);
  if (!PLAIN.test(digits)) return { ok: false, message: notANumber(text) };
  const value = sign * Number(digits);
  if (!Number.isFinite(value)) return { ok: false, message: notANumber(text) };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

function toPlainDigits(text: string): string {
  if (GROUPED.test(text)) return text.replaceAll(',', '');
  if (DECIMAL_COMMA.test(text)) return text.replaceAll('.', '').replace(',', '.');
  return text;
}

export function notANumber(text: string): string {
  const shown = text.trim();
  return `Not a number: '${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}'`;
}
