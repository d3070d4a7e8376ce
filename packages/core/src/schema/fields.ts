import { z } from 'zod';
import {
  AGGREGATIONS,
  FREQUENCIES,
  INDICATORS,
  INITIATIVE_STATUSES,
  OPTIMIZATIONS,
  ROLLUP_METHODS,
} from '../model/strategy.ts';

/** Building blocks shared by the strategy-file schema and, later, the API input schemas. */

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const idField = z
  .string({ error: 'expected an id (letters, digits, ".", "_" or "-")' })
  .max(100)
  .regex(ID_PATTERN, {
    error: 'expected an id of letters, digits, ".", "_" or "-", starting with a letter or digit',
  });

/**
 * Control characters (NUL above all) are refused in every text: PostgreSQL cannot store a NUL,
 * so a file SQLite kept would fail on the other engine, and none belongs in a name or a note.
 * Tabs and line breaks are text.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const noControlCharacters = {
  error: 'expected text without control characters (such as U+0000)',
};
const plain = (text: string) => !CONTROL_CHARACTERS.test(text);

export const nameField = z
  .string({ error: 'expected a name (text)' })
  .trim()
  .min(1, { error: 'expected a non-empty name' })
  .max(300)
  .refine(plain, noControlCharacters);

export const textField = z
  .string({ error: 'expected text' })
  .max(20_000)
  .refine(plain, noControlCharacters);

/** A calculated KPI's formula: its syntax is checked after the shape (formulas/). */
export const formulaField = z
  .string({ error: 'expected a formula (text), e.g. "[orders] / [visits] * 100"' })
  .trim()
  .min(1, { error: 'expected a non-empty formula' })
  .max(2000)
  .refine(plain, noControlCharacters);

/** A short text such as a unit ("%", "EUR"). */
export const shortTextField = (max: number) =>
  z.string({ error: 'expected text' }).max(max).refine(plain, noControlCharacters);

/** zod 4's number already refuses Infinity and NaN; no refinement needed (it would cost 2 M calls on a large file). */
export const finiteNumber = z.number({ error: 'expected a number' });

export const weightField = finiteNumber
  .refine((n) => n >= 0, { error: 'expected a weight of 0 or more (0 = tracked, not counted)' })
  .describe('Relative weight in the roll-up; default 1; 0 = tracked but not counted');

export const thresholdsField = z
  .strictObject({
    green: finiteNumber.describe('score >= green is green (default 0.8)'),
    amber: finiteNumber.describe('score >= amber is amber (default 0.5); below is red'),
  })
  .refine((t) => t.green >= 0 && t.green <= 1 && t.amber >= 0 && t.amber <= t.green, {
    error: 'expected 0 <= amber <= green <= 1',
  });

/** A number, or `[low, high]` for a range KPI. */
export const targetField = z.union([finiteNumber, z.tuple([finiteNumber, finiteNumber])], {
  error: 'expected a number, or [low, high] for a range KPI',
});

/** Keys are period keys (validated and normalised after parsing, with the key in the path). */
export const periodRecord = <T extends z.ZodType>(value: T) => z.record(z.string(), value);

export const valueEntry = z.union(
  [
    finiteNumber,
    z.strictObject({
      value: finiteNumber,
      comment: textField.optional(),
    }),
  ],
  { error: 'expected a number, or {value: number, comment: text}' },
);

/** `2026-01-31`: an ISO calendar date (validated by the period parser). */
export const isoDateField = z
  .string({ error: 'expected a date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' });

export const enumField = <const T extends readonly [string, ...string[]]>(
  values: T,
  what: string,
) => z.enum(values, { error: `expected ${what}: one of ${values.join(', ')}` });

export const optimizationField = enumField(OPTIMIZATIONS, 'an optimization');
export const indicatorField = enumField(INDICATORS, 'an indicator');
export const frequencyField = enumField(FREQUENCIES, 'a frequency');
export const aggregationField = enumField(AGGREGATIONS, 'an aggregation');
export const rollupField = enumField(ROLLUP_METHODS, 'a roll-up method');
export const initiativeStatusField = enumField(INITIATIVE_STATUSES, 'an initiative status');

/** `3 months`, `1 quarter`, `2 weeks`. */
export const lagField = z
  .string({ error: 'expected a lag such as "3 months"' })
  .regex(/^\s*\d+\s*(day|week|month|quarter|year)s?\s*$/i, {
    error: 'expected a lag such as "3 months" (days, weeks, months, quarters or years)',
  });
