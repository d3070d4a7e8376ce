// Public API of the strategy document: the strategy told from the challenge to the scores, as
// Markdown or a standalone HTML page; and the number formatting it shares with the CLI.
export { DOCUMENT_FORMATS, strategyDocument } from './document.ts';
export type { DocumentFormat, StrategyDocumentOptions } from './document.ts';
export type { Block } from './block.ts';
export { strategyBlocks } from './strategy-blocks.ts';
export { escapeHtml, renderHtml, renderHtmlBody, renderMarkdown } from './render.ts';
export {
  formatLagText,
  formatNumber,
  formatScore,
  formatTarget,
  formatValue,
  scoreCell,
  withUnit,
} from './format.ts';
