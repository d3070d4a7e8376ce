import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconListCheck } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useScorecard, useScores } from '../../api/queries.ts';
import type { ScorecardDetail, ScorecardScore } from '../../api/types.ts';
import {
  usePeriod,
  useScorecardParams,
  useSearchParam,
  type ScorecardParams,
} from '../../app/url-state.ts';
import { ErrorPanel, QueryState } from '../../components/QueryState.tsx';
import { currentMonth, periodLabel } from '../../lib/periods.ts';
import { applyPaste, collectChanges, type Draft, type Drafts } from './entry-draft.ts';
import { buildEntryRows, distinctOwners, filterRows } from './entry-rows.ts';
import { EntryGrid } from './EntryGrid.tsx';
import { FileImportDialog } from './file-import/FileImportDialog.tsx';
import { DropOverlay, FileImportButton } from './file-import/FileImportButton.tsx';
import { useFileDrop } from './file-import/use-file-drop.ts';
import { useFileImport } from './file-import/use-file-import.ts';
import { EntryToolbar } from './EntryToolbar.tsx';
import { LeaveGuard } from './LeaveGuard.tsx';
import { useEntrySave } from './use-entry-save.ts';

/** /w/:ws/s/:sc/entry — KPI owners enter this period's values. */
export function DataEntryPage() {
  const params = useScorecardParams();
  const [period] = usePeriod();
  const scores = useScores(params.ws, params.sc, period);
  const detail = useScorecard(params.ws, params.sc);
  const noData = isApiError(scores.error) && scores.error.code === 'NO_DATA';
  if (scores.error && !noData)
    return <ErrorPanel error={scores.error} retry={() => void scores.refetch()} />;
  const viewed = period ?? scores.data?.period ?? (noData ? currentMonth() : null);
  if (viewed === null) return <QueryState query={scores}>{() => null}</QueryState>;
  return (
    <QueryState query={detail} label="the KPIs">
      {(data) => (
        <DataEntry
          params={params}
          period={period}
          viewed={viewed}
          detail={data}
          tree={scores.data}
        />
      )}
    </QueryState>
  );
}

function DataEntry({
  params,
  period,
  viewed,
  detail,
  tree,
}: {
  params: ScorecardParams;
  period: string | null;
  viewed: string;
  detail: ScorecardDetail;
  tree: ScorecardScore | undefined;
}) {
  const [owner, setOwner] = useSearchParam('owner');
  const [all, setAll] = useSearchParam('all');
  const [drafts, setDrafts] = useState<Drafts>(new Map());
  const { save, saving, errors, saved, result, forget } = useEntrySave(params.ws, params.sc);

  const rows = useMemo(() => buildEntryRows(detail, tree, viewed), [detail, tree, viewed]);
  const owners = useMemo(() => distinctOwners(rows), [rows]);
  const includeNotDue = all === '1';
  const visible = useMemo(
    () => filterRows(rows, owner, includeNotDue),
    [rows, owner, includeNotDue],
  );
  const notDue = useMemo(
    () => filterRows(rows, owner, true).length - filterRows(rows, owner, false).length,
    [rows, owner],
  );
  const changes = useMemo(() => collectChanges(rows, drafts), [rows, drafts]);
  const fileImport = useFileImport(params.ws, params.sc);
  const { check } = fileImport;
  const onFile = useCallback((file: File) => void check(file), [check]);
  const drop = useFileDrop(onFile);

  const onDraft = useCallback(
    (key: string, draft: Draft) => {
      setDrafts((current) => new Map(current).set(key, draft));
      forget(key);
    },
    [forget],
  );
  const onPaste = useCallback(
    (index: number, text: string) => {
      setDrafts((current) => applyPaste(visible, index, text, current).drafts);
      // Where the lines go does not depend on the drafts: count it without them.
      const pasted = applyPaste(visible, index, text, new Map());
      if (pasted.skipped > 0) {
        notifications.show({
          color: 'blue',
          message: `Skipped ${pasted.skipped} calculated KPI(s): their values are computed from their formulas, so the lines went to the KPIs below them.`,
        });
      }
      if (pasted.overflow > 0) {
        notifications.show({
          color: 'yellow',
          message: `${pasted.overflow} pasted line(s) had no row below and were left out.`,
        });
      }
    },
    [visible],
  );

  // Calculated KPIs owe nothing: their values come from their inputs.
  const dueCount = rows.filter((r) => r.due && !r.calculated).length;
  return (
    <Stack gap="sm" pos="relative" {...drop.handlers}>
      <DropOverlay visible={drop.dragging} />
      <LeaveGuard unsaved={changes.entries.length} />
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Data entry</Title>
          <Text size="sm" c="dimmed">
            Values for {periodLabel(viewed)} · {dueCount} of {rows.length} KPIs due · Enter moves
            down; paste a spreadsheet column into a value cell to fill the cells below
          </Text>
        </div>
        <FileImportButton onFile={onFile} />
      </Group>
      <FileImportDialog
        state={fileImport.state}
        onFile={onFile}
        onConfirm={() => void fileImport.confirm()}
        onClose={fileImport.reset}
      />
      <EntryToolbar
        owner={owner}
        owners={owners}
        onOwner={setOwner}
        includeNotDue={includeNotDue}
        notDue={notDue}
        onIncludeNotDue={(include) => setAll(include ? '1' : null)}
        changes={changes.entries.length}
        invalid={changes.invalid}
        result={result}
        saving={saving}
        onDiscard={() => setDrafts(new Map())}
        onSave={() => void save(changes.entries)}
      />
      {errors.general && (
        <Alert color="red" icon={<IconAlertCircle />} title="Nothing was saved" role="alert">
          {errors.general}
        </Alert>
      )}
      {visible.length === 0 ? (
        <Alert color="gray" icon={<IconListCheck />} title="No KPIs to fill in">
          {rows.length === 0
            ? 'This scorecard has no KPIs yet. Add them on the strategy map or an objective page.'
            : 'No KPI of this owner is due this period. Choose another owner or include KPIs not due.'}
        </Alert>
      ) : (
        <EntryGrid
          rows={visible}
          drafts={drafts}
          viewed={viewed}
          params={params}
          period={period}
          serverErrors={errors.byKey}
          saved={saved}
          onDraft={onDraft}
          onPaste={onPaste}
        />
      )}
    </Stack>
  );
}
