import {
  type EvidenceReport,
  type LinkSeries,
  type Period,
  type ScorecardId,
  linkSeries,
  scorecardEvidence,
} from '@bearing/core';
import type { Executor } from '@bearing/db';
import { ApiError } from '../errors.ts';
import { latestPeriod } from './scoring.service.ts';
import { cachedStrategy, preparedFor } from './strategy-cache.ts';

const EVIDENCE_MEMO = 'evidence';
/** A report is a few hundred bytes a link; a workspace's scorecards and periods fit easily. */
const MAX_MEMO_REPORTS = 256;

/**
 * The hypothesis evidence of a scorecard's links (core's `scorecardEvidence`) up to `to`, default
 * the scorecard's latest period with a value. A pure function of the strategy at this revision, so
 * it is memoised with the cached strategy like scores: the permutation tests run once per revision.
 */
export async function evidenceOf(
  db: Executor,
  workspace: string,
  scorecard: ScorecardId,
  to: Period | undefined,
): Promise<EvidenceReport> {
  const cached = await cachedStrategy(db, workspace);
  const prepared = preparedFor(cached, scorecard);
  if (!prepared.scorecardById.has(scorecard)) {
    throw new ApiError('NOT_FOUND', `scorecard "${scorecard}" does not exist`, 'params.id');
  }
  const asOf = to ?? latestPeriod(cached, scorecard, 'query.to');
  let reports = cached.memo.get(EVIDENCE_MEMO) as Map<string, EvidenceReport> | undefined;
  if (reports === undefined) {
    reports = new Map();
    cached.memo.set(EVIDENCE_MEMO, reports);
  }
  const key = `${scorecard}\u0000${asOf.key}`;
  let report = reports.get(key);
  if (report === undefined) {
    report = scorecardEvidence(prepared, scorecard, asOf);
    if (reports.size >= MAX_MEMO_REPORTS) reports.delete(reports.keys().next().value!);
    reports.set(key, report);
  }
  return report;
}

/** The two series behind one link's evidence, for the map's link panel. */
export async function linkSeriesOf(
  db: Executor,
  workspace: string,
  scorecard: ScorecardId,
  link: { readonly from: string; readonly to: string },
  to: Period | undefined,
): Promise<LinkSeries> {
  const cached = await cachedStrategy(db, workspace);
  const prepared = preparedFor(cached, scorecard);
  if (!prepared.scorecardById.has(scorecard)) {
    throw new ApiError('NOT_FOUND', `scorecard "${scorecard}" does not exist`, 'params.id');
  }
  const card = prepared.scorecardById.get(scorecard)!.scorecard;
  if (!card.links.some((l) => l.from === link.from && l.to === link.to)) {
    throw new ApiError('NOT_FOUND', `link ${link.from} → ${link.to} does not exist`, 'params.to');
  }
  const asOf = to ?? latestPeriod(cached, scorecard, 'query.to');
  return linkSeries(prepared, scorecard, link.from, link.to, asOf);
}
