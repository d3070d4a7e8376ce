import type { ScorecardId } from '../model/ids.ts';
import type { Strategy } from '../model/strategy.ts';
import { type Period, periodOf } from '../periods/period.ts';
import { latestValuePeriod } from '../scoring/latest.ts';
import { type PreparedStrategy, prepareStrategy } from '../scoring/prepare.ts';
import { scoreAllScorecards } from '../scoring/scorecard-score.ts';
import { scorecardEvidence } from '../evidence/evidence.ts';
import { renderHtml, renderMarkdown } from './render.ts';
import { documentTitle, strategyBlocks } from './strategy-blocks.ts';

export const DOCUMENT_FORMATS = ['md', 'html'] as const;
/** `md`: Markdown; `html`: a standalone page (inline CSS, no scripts). */
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface StrategyDocumentOptions {
  readonly format: DocumentFormat;
  /**
   * Score as of this period. By default, the latest period with a value in the documented
   * scorecards; with no value at all (a fresh wizard map) the document tells the story without
   * scores.
   */
  readonly period?: Period;
  /**
   * The scorecards that get a section, in file order; every scorecard by default. Names of
   * cascade partners come from the whole strategy either way. Give every scorecard that cascades
   * into a documented one, or its scores miss those contributions.
   */
  readonly scorecards?: readonly ScorecardId[];
  /**
   * The strategy (or the documented part of it) already prepared for scoring, for callers that
   * keep one (the server caches it per workspace revision); prepared here otherwise.
   */
  readonly prepared?: PreparedStrategy;
}

/**
 * The strategy told as a document, from the challenge to the scores: challenges and hypotheses,
 * customers, segments and value proposition, objectives with measures, targets and initiatives,
 * links and what the KPI history says about them, the cascade and the current scores. The same function backs `bearing doc` and the
 * API's document download, so both tell the same story.
 */
export function strategyDocument(strategy: Strategy, options: StrategyDocumentOptions): string {
  const wanted = options.scorecards === undefined ? null : new Set<string>(options.scorecards);
  const documented =
    wanted === null ? strategy.scorecards : strategy.scorecards.filter((s) => wanted.has(s.id));
  const latest = latestValuePeriod(
    wanted === null ? strategy : { ...strategy, scorecards: documented },
  );
  const period = options.period ?? (latest === null ? null : periodOf(latest));
  const prepared = period === null ? null : (options.prepared ?? prepareStrategy(strategy));
  const scores =
    prepared === null || period === null
      ? []
      : scoreAllScorecards(prepared, period).filter((s) => wanted === null || wanted.has(s.id));
  const evidence =
    prepared === null || period === null
      ? []
      : documented
          .filter((s) => prepared.scorecardById.has(s.id))
          .map((s) => scorecardEvidence(prepared, s.id, period));
  const blocks = strategyBlocks(strategy, scores, period?.key ?? null, documented, evidence);
  return options.format === 'html'
    ? renderHtml(blocks, `${documentTitle(strategy, documented)}: strategy document`)
    : renderMarkdown(blocks);
}
