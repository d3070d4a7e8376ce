import type { Strategy } from '../model/strategy.ts';
import type { StrategyFormat } from './parse.ts';

/** The strategy as a plain strategy-file document, leaving out fields equal to their defaults. */
export function toStrategyDocument(_strategy: Strategy): Record<string, unknown> {
  throw new Error('not implemented yet');
}

/** The strategy as strategy-file text; parsing it again gives an equal Strategy. */
export function stringifyStrategy(_strategy: Strategy, _format: StrategyFormat): string {
  throw new Error('not implemented yet');
}
