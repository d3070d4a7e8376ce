import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { EvidenceReportResponse, LinkEvidenceResponse } from '@bearing/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useObjectives } from '../../api/queries.ts';
import {
  scorecardUrl,
  usePeriod,
  useScorecardParams,
  type ScorecardParams,
} from '../../app/url-state.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { periodLabel } from '../../lib/periods.ts';
import { isNoData, useEvidence } from './evidence.api.ts';
import { EvidenceFigures } from './EvidenceFigures.tsx';
import { VerdictBadge, VerdictLine } from './VerdictBadge.tsx';
import { linkKey, sortByVerdict } from './verdicts.ts';

/**
 * /w/:ws/s/:sc/evidence — every cause-effect link with what the KPI history says about it,
 * contradicted first (what needs a decision), each with its reason, its figures and a way to
 * open it on the map.
 */
export function EvidencePage() {
  const params = useScorecardParams();
  const [period] = usePeriod();
  const report = useEvidence(params.ws, params.sc, period);
  const objectives = useObjectives(params.ws, params.sc);
  const names = useMemo(
    () => new Map((objectives.data ?? []).map((o) => [o.id, o.name])),
    [objectives.data],
  );
  return (
    <Stack gap="md" maw={1100}>
      <div>
        <Title order={2}>Evidence</Title>
        <Text size="sm" c="dimmed">
          Each cause-effect link tested against the KPI history
          {report.data ? ` up to ${periodLabel(report.data.to)}` : ''}: did the effect follow the
          cause, how much later, and how sure can we be. Correlation is not proof of cause.
        </Text>
      </div>
      {isNoData(report.error) ? (
        <Alert title="No values yet">
          The links are tested against the KPIs’ history: enter values (Data entry) and the evidence
          appears here.
        </Alert>
      ) : (
        <QueryState query={report} label="the evidence">
          {(data) => (
            <EvidenceList report={data} params={params} nameOf={(id) => names.get(id) ?? id} />
          )}
        </QueryState>
      )}
    </Stack>
  );
}

function EvidenceList({
  report,
  params,
  nameOf,
}: {
  report: EvidenceReportResponse;
  params: ScorecardParams;
  nameOf: (id: string) => string;
}) {
  const [period] = usePeriod();
  const links = useMemo(() => sortByVerdict(report.links), [report.links]);
  if (links.length === 0) {
    return (
      <Alert title="No links to test">
        Draw cause-effect links on the strategy map; each one is a hypothesis the KPIs can test.
      </Alert>
    );
  }
  return (
    <Stack
      gap="sm"
      component="ol"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label="Links by verdict"
    >
      {links.map((link) => (
        <EvidenceItem
          key={linkKey(link)}
          link={link}
          nameOf={nameOf}
          mapUrl={scorecardUrl(params, 'map', { link: linkKey(link), period })}
        />
      ))}
    </Stack>
  );
}

function EvidenceItem({
  link,
  nameOf,
  mapUrl,
}: {
  link: LinkEvidenceResponse;
  nameOf: (id: string) => string;
  mapUrl: string;
}) {
  const title = `${nameOf(link.from)} → ${nameOf(link.to)}`;
  return (
    <Paper
      withBorder
      p="md"
      component="li"
      data-testid="evidence-item"
      data-verdict={link.verdict}
      aria-label={title}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap">
            <VerdictLine verdict={link.verdict} />
            <Text fw={600}>{title}</Text>
            <VerdictBadge verdict={link.verdict} />
          </Group>
          <Anchor component={Link} to={mapUrl} size="sm" style={{ whiteSpace: 'nowrap' }}>
            Show on the map
          </Anchor>
        </Group>
        <Text size="sm">{link.reason}</Text>
        <EvidenceFigures link={link} />
      </Stack>
    </Paper>
  );
}
