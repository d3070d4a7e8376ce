import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { isApiError, request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { queryKeys } from '../../api/queries.ts';
import type { FormulaCheckResult } from '../../api/types.ts';
import { currentMonth } from '../../lib/periods.ts';

/**
 * The server checks the formula trimmed (as it stores it): its offsets are moved back onto the
 * text as typed, so a formula that starts with a space is underlined in the right place.
 */
export function onTypedText(result: FormulaCheckResult, typed: string): FormulaCheckResult {
  const lead = typed.length - typed.trimStart().length;
  if (lead === 0) return result;
  return {
    ...result,
    problems: result.problems.map((p) => ({ ...p, start: p.start + lead, end: p.end + lead })),
  };
}

/** Long enough not to ask on every key, short enough to feel live. */
export const CHECK_DELAY_MS = 300;

export interface FormulaCheckState {
  /** The server's verdict on exactly the text in the field; null while that is being asked. */
  readonly result: FormulaCheckResult | null;
  readonly checking: boolean;
  readonly error: Error | null;
}

/**
 * The formula checked and evaluated by the server as the user types (formula-check): problems
 * with their spans and the value as of the period. A verdict is handed out only for the text it
 * was given, so underlines never land on characters that have moved since.
 */
export function useFormulaCheck({
  ws,
  sc,
  formula,
  kpi,
  period,
}: {
  ws: string;
  sc: string;
  formula: string;
  /** The KPI being edited, so a cycle through it is found; null for a new KPI. */
  kpi: string | null;
  /** null: the scorecard's latest period. */
  period: string | null;
}): FormulaCheckState {
  const [settled] = useDebouncedValue(formula, CHECK_DELAY_MS);
  const query = useQuery({
    // Under the scorecard, so a saved value (which refreshes the workspace) re-checks the preview.
    queryKey: [...queryKeys.scorecard(ws, sc), 'formula-check', settled.trim(), kpi, period],
    queryFn: async ({ signal }) => {
      const ask = (as: string | null) =>
        request<FormulaCheckResult>(paths.formulaCheck(ws, sc), {
          method: 'POST',
          body: {
            formula: settled.trim(),
            ...(kpi === null ? {} : { kpi }),
            ...(as === null ? {} : { period: as }),
          },
          signal,
        });
      try {
        return await ask(period);
      } catch (error) {
        // A scorecard without values has no latest period: check as of this month instead, so
        // the problems still show while the first KPIs are being set up.
        if (period === null && isApiError(error) && error.code === 'NO_DATA') {
          return ask(currentMonth());
        }
        throw error;
      }
    },
    enabled: settled.trim() !== '',
    retry: false,
  });
  const current = settled === formula && formula.trim() !== '';
  return {
    result: current && query.data !== undefined ? onTypedText(query.data, formula) : null,
    checking: formula.trim() !== '' && (!current || query.isFetching),
    error: current ? query.error : null,
  };
}
