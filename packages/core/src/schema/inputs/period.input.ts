import { z } from 'zod';
import { type Period, parsePeriod } from '../../periods/index.ts';

/**
 * Carried by the issue a bad period raises, so the API answers `400 INVALID_PERIOD` (not a
 * generic VALIDATION) wherever a period arrives: a query, a path parameter or a body field.
 */
export const INVALID_PERIOD_PARAMS = Object.freeze({ code: 'INVALID_PERIOD' });

/** A period in any of the file's forms, parsed by the one period parser. */
export const periodField = z
  .string()
  .describe('2026, 2026-H1, 2026-Q1, 2026-03, 2026-W09 or 2026-03-15 (years 1000 to 9999)')
  .transform((text, ctx): Period => {
    const parsed = parsePeriod(text);
    if (parsed.ok) return parsed.period;
    ctx.addIssue({ code: 'custom', message: parsed.message, params: INVALID_PERIOD_PARAMS });
    return z.NEVER;
  });

/** The same, normalised to its key (`2026-q1` becomes `2026-Q1`; `2026-3` is refused). */
export const periodKeyField = periodField.transform((period) => period.key);
