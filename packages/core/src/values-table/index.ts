// Values files (CSV/XLSX, long and wide shapes) as cells: read against a strategy, diffed, written.
export * from './cell.ts';
export * from './problems.ts';
export { parsePeriodCell, type CellParse } from './period-cell.ts';
export { parseNumberCell, type CellNumber } from './number-cell.ts';
export { LONG_COLUMNS, type LongColumn } from './header.ts';
export * from './read-values.ts';
export * from './diff.ts';
export * from './long-rows.ts';
export * from './import-result.schema.ts';
