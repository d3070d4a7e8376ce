import type {
  CollectionGroupResponse as CollectionGroup,
  CollectionReportResponse as CollectionReport,
  CollectionState,
  OwedValueResponse as OwedValue,
  RemindResult,
} from '@bearing/core';
import {
  Anchor,
  Badge,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { useSearchParam, useWorkspaceKey } from '../../app/url-state.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { MailNotice, RemindButton, RemindOutcome } from './RemindControls.tsx';
import { useCollection } from './use-collection.ts';

const STATE_COLOR: Readonly<Record<CollectionState, string>> = {
  overdue: 'red',
  due: 'yellow',
  upcoming: 'gray',
  entered: 'green',
};
const STATE_ORDER: readonly CollectionState[] = ['overdue', 'due', 'upcoming', 'entered'];

/**
 * /w/:ws/collection — the strategy office's view of the monthly update: per owner and scorecard,
 * which values are entered, due and overdue; each missing one links to where it is entered, and
 * owners who owe values can be reminded with one click.
 */
export function CollectionPage() {
  const ws = useWorkspaceKey();
  const [period, setPeriod] = useSearchParam('period');
  const [grace, setGrace] = useSearchParam('grace');
  const [show, setShow] = useSearchParam('show');
  const [draft, setDraft] = useState(period ?? '');
  const graceDays = grace === null || grace === '' ? null : Number(grace);
  const report = useCollection(ws, period, graceDays);

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          Update status
        </Title>
        <Text size="sm" c="dimmed">
          Which KPI values the period owes, by owner: a value is due from the end of its period and
          overdue once the grace days have passed.
        </Text>
      </div>
      <Group align="flex-end">
        <TextInput
          label="Period"
          description="2026-11, 2026-Q4 …; empty: the last month that has ended"
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={() => setPeriod(draft.trim() === '' ? null : draft.trim())}
          onKeyDown={(e) => {
            if (e.key === 'Enter') setPeriod(draft.trim() === '' ? null : draft.trim());
          }}
          w={220}
        />
        <NumberInput
          label="Grace days"
          description="after a period ends"
          min={0}
          max={366}
          // Unset: the workspace's grace days, which the server used and reports.
          value={graceDays ?? report.data?.graceDays ?? ''}
          onChange={(v) => setGrace(typeof v === 'number' ? String(v) : null)}
          w={140}
        />
        <SegmentedControl
          aria-label="Show"
          value={show === 'all' ? 'all' : 'missing'}
          onChange={(v) => setShow(v === 'all' ? 'all' : null)}
          data={[
            { value: 'missing', label: 'Missing values' },
            { value: 'all', label: 'Everything owed' },
          ]}
        />
      </Group>
      <MailNotice />
      <QueryState query={report} label="update status">
        {(r) => <CollectionReportView ws={ws} report={r} showAll={show === 'all'} />}
      </QueryState>
    </Stack>
  );
}

function CollectionReportView({
  ws,
  report,
  showAll,
}: {
  ws: string;
  report: CollectionReport;
  showAll: boolean;
}) {
  const { counts } = report;
  const [outcome, setOutcome] = useState<{ result?: RemindResult; error: Error | null }>();
  const onReminded = (result: RemindResult | undefined, error: Error | null) =>
    setOutcome(result === undefined ? { error } : { result, error });
  if (report.items.length === 0) {
    return <Text>No KPI values fall due in {report.period}.</Text>;
  }
  const rows = report.items
    .filter((i) => showAll || i.state !== 'entered')
    .sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state));
  return (
    <Stack gap="lg">
      <Group gap="xs" aria-label="Counts">
        <Text fw={600}>
          {report.period} as of {report.today}:
        </Text>
        {STATE_ORDER.map((s) => (
          <Badge key={s} color={STATE_COLOR[s]} variant="light" size="lg">
            {counts[s]} {s}
          </Badge>
        ))}
        {counts.due + counts.overdue > 0 && (
          <RemindButton ws={ws} period={report.period} onDone={onReminded} />
        )}
      </Group>
      {outcome !== undefined && <RemindOutcome result={outcome.result} error={outcome.error} />}
      <Group align="flex-start" grow>
        <GroupTable
          title="By owner"
          groups={report.owners}
          remind={(owner) => (
            <RemindButton ws={ws} period={report.period} owner={owner} onDone={onReminded} />
          )}
        />
        <GroupTable title="By scorecard" groups={report.scorecards} />
      </Group>
      <div>
        <Title order={2} size="h4" mb="xs">
          {showAll ? 'Everything owed' : 'Missing values'}
        </Title>
        {rows.length === 0 ? (
          <Text>Every value due has been entered.</Text>
        ) : (
          <Table striped aria-label={showAll ? 'Everything owed' : 'Missing values'}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>State</Table.Th>
                <Table.Th>KPI</Table.Th>
                <Table.Th>Scorecard</Table.Th>
                <Table.Th>Period</Table.Th>
                <Table.Th>Due by</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Value</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((item) => (
                <ItemRow key={`${item.scorecard}/${item.kpi}/${item.period}`} ws={ws} item={item} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </div>
    </Stack>
  );
}

function ItemRow({ ws, item }: { ws: string; item: OwedValue }) {
  const base = `/w/${encodeURIComponent(ws)}/s/${encodeURIComponent(item.scorecard)}`;
  return (
    <Table.Tr>
      <Table.Td>
        <Badge color={STATE_COLOR[item.state]} variant="light">
          {item.state}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`${base}/kpis/${encodeURIComponent(item.kpi)}`}>
          {item.kpiName}
        </Anchor>
      </Table.Td>
      <Table.Td>{item.scorecardName}</Table.Td>
      <Table.Td>{item.period}</Table.Td>
      <Table.Td>{item.dueBy}</Table.Td>
      <Table.Td>{item.owner ?? <Text c="dimmed">no owner</Text>}</Table.Td>
      <Table.Td>
        {item.state === 'entered' ? (
          item.value
        ) : (
          <Anchor
            component={Link}
            to={`${base}/entry?period=${encodeURIComponent(item.period)}`}
            aria-label={`Enter ${item.kpiName} for ${item.period}`}
          >
            Enter
          </Anchor>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function GroupTable({
  title,
  groups,
  remind,
}: {
  title: string;
  groups: readonly CollectionGroup[];
  /** Owners only: the Remind button of a group that owes values. */
  remind?: (owner: string) => ReactNode;
}) {
  return (
    <Table aria-label={title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{title}</Table.Th>
          {STATE_ORDER.map((s) => (
            <Table.Th key={s} ta="right">
              {s}
            </Table.Th>
          ))}
          {remind && (
            <Table.Th>
              <VisuallyHidden>Remind</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.map((g) => (
          <Table.Tr key={g.key ?? '(none)'}>
            <Table.Td>{g.name}</Table.Td>
            {STATE_ORDER.map((s) => (
              <Table.Td
                key={s}
                ta="right"
                c={s === 'overdue' && g.counts[s] > 0 ? 'red' : undefined}
              >
                {g.counts[s]}
              </Table.Td>
            ))}
            {remind && (
              <Table.Td>
                {g.key !== null && g.counts.due + g.counts.overdue > 0 && remind(g.key)}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
