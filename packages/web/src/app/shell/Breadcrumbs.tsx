import { Anchor, Breadcrumbs as MantineBreadcrumbs, Text } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { useKpis, useObjectives, useScorecards } from '../../api/queries.ts';

const VIEW_NAMES: Readonly<Record<string, string>> = {
  dashboard: 'Dashboard',
  map: 'Strategy map',
  table: 'Scorecard',
  entry: 'Data entry',
  customer: 'Customer',
  quality: 'Quality check',
  evidence: 'Evidence',
  objectives: 'Objective',
  kpis: 'KPI',
  templates: 'Templates',
  wizard: 'Strategy wizard',
  collection: 'Update status',
};

/** Workspace › scorecard › view › item, each a link that keeps the period. */
export function Breadcrumbs() {
  const { ws = 'default', sc, objective, kpi } = useParams();
  const { pathname, search } = useLocation();
  const scorecards = useScorecards(ws).data ?? [];
  // Names from the lists the pages load anyway (shared cache), not the whole scorecard.
  const objectives = useObjectives(ws, sc ?? '').data ?? [];
  const kpis = useKpis(ws, sc ?? '').data ?? [];
  const period = new URLSearchParams(search).get('period');
  const keep = period ? `?period=${encodeURIComponent(period)}` : '';
  const wsBase = `/w/${encodeURIComponent(ws)}`;
  const crumbs: { label: string; to: string | null }[] = [{ label: 'Scorecards', to: wsBase }];
  if (sc) {
    const name = scorecards.find((s) => s.id === sc)?.name ?? sc;
    crumbs.push({ label: name, to: `${wsBase}/s/${encodeURIComponent(sc)}/map${keep}` });
    const view = /\/s\/[^/]+\/([^/?]+)/.exec(pathname)?.[1];
    if (objective) {
      const o = objectives.find((x) => x.id === objective);
      crumbs.push({ label: o?.name ?? objective, to: null });
    } else if (kpi) {
      const record = kpis.find((k) => k.id === kpi);
      const owner = objectives.find((o) => o.id === record?.objective);
      if (owner) {
        crumbs.push({
          label: owner.name,
          to: `${wsBase}/s/${encodeURIComponent(sc)}/objectives/${encodeURIComponent(owner.id)}${keep}`,
        });
      }
      crumbs.push({ label: record?.name ?? kpi, to: null });
    } else if (view && view !== 'map') {
      crumbs.push({ label: VIEW_NAMES[view] ?? view, to: null });
    }
  } else {
    const page = /\/w\/[^/]+\/([^/?]+)/.exec(pathname)?.[1];
    if (page) crumbs.push({ label: VIEW_NAMES[page] ?? page, to: null });
  }
  return (
    <MantineBreadcrumbs separatorMargin={6} aria-label="Breadcrumb">
      {crumbs.map((c, i) =>
        c.to && i < crumbs.length - 1 ? (
          <Anchor key={c.label + String(i)} component={Link} to={c.to} size="sm">
            {c.label}
          </Anchor>
        ) : (
          <Text key={c.label + String(i)} size="sm" fw={500} aria-current="page">
            {c.label}
          </Text>
        ),
      )}
    </MantineBreadcrumbs>
  );
}
