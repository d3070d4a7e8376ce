/**
 * The map's evidence: the report for the period in view, whether it is drawn (`evidence=off` in
 * the URL hides it, remembered like the map's other toggles), and the link opened from a click or
 * from the Evidence view (`link=from->to`).
 */
import type { LinkEvidenceResponse } from '@bearing/core';
import { useCallback, useMemo } from 'react';
import type { PeriodParam } from '../../api/queries.ts';
import { useSearchParam } from '../../app/url-state.ts';
import { useEvidence } from './evidence.api.ts';
import { evidenceByLink } from './verdicts.ts';

export interface MapEvidence {
  readonly shown: boolean;
  readonly toggle: () => void;
  /** Empty while loading, for a scorecard without values (NO_DATA), or on an error. */
  readonly links: readonly LinkEvidenceResponse[];
  readonly byLink: ReadonlyMap<string, LinkEvidenceResponse>;
  readonly openLink: string | null;
  readonly setOpenLink: (id: string | null) => void;
}

export function useMapEvidence(ws: string, sc: string, period: PeriodParam): MapEvidence {
  const [hidden, setHidden] = useSearchParam('evidence');
  const [openLink, setOpenLink] = useSearchParam('link');
  const shown = hidden !== 'off';
  // A map without evidence is still a map: a failed report only leaves the links plain.
  const report = useEvidence(ws, sc, period);
  const links = useMemo(() => report.data?.links ?? [], [report.data]);
  const byLink = useMemo(() => evidenceByLink(links), [links]);
  const toggle = useCallback(() => setHidden(shown ? 'off' : null), [shown, setHidden]);
  return { shown, toggle, links, byLink, openLink, setOpenLink };
}
