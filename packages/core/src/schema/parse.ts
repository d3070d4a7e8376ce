import type { Strategy } from '../model/strategy.ts';
import type { ParseResult } from './issues.ts';

export type StrategyFormat = 'yaml' | 'json';

/**
 * Parses a strategy file's text (YAML or JSON; `auto` decides by the first non-blank character)
 * and validates it. Issues carry line and column.
 */
export function parseStrategyText(
  _text: string,
  _format: StrategyFormat | 'auto' = 'auto',
): ParseResult<Strategy> {
  throw new Error('not implemented yet');
}

/** Validates an already-parsed document (e.g. a JSON body from the API). Issues carry no line. */
export function validateStrategyData(_data: unknown): ParseResult<Strategy> {
  throw new Error('not implemented yet');
}
