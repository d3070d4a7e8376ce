import type { ValuesImportResultJson } from '@bearing/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { describeError } from '../../../api/describe-error.ts';
import { queryKeys } from '../../../api/queries.ts';
import {
  uploadValuesFile,
  valuesProblemsOf,
  type UploadPhase,
  type ValuesProblemsBody,
  type ValuesUploader,
} from '../../../api/values-file.ts';

/** Where an import from a file stands: each step is what the dialog shows. */
export type FileImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'checking'; readonly file: File; readonly phase: UploadPhase }
  | { readonly step: 'refused'; readonly file: File; readonly problems: ValuesProblemsBody }
  | { readonly step: 'failed'; readonly file: File; readonly message: string }
  | { readonly step: 'preview'; readonly file: File; readonly result: ValuesImportResultJson }
  | {
      readonly step: 'importing';
      readonly file: File;
      readonly result: ValuesImportResultJson;
      readonly phase: UploadPhase;
    }
  | { readonly step: 'done'; readonly file: File; readonly result: ValuesImportResultJson };

const IDLE: FileImportState = { step: 'idle' };

/**
 * A values file, the way the CLI's `--dry-run` then import goes: the file is checked first (a dry
 * run: every problem, or what would change, nothing written), and only the confirmed file is
 * sent again to be imported, in one transaction. Afterwards every query of the workspace is
 * refreshed, as after any write, so the grid, the scores and the map show the new values.
 * Rows that name no scorecard are this scorecard's.
 */
export function useFileImport(ws: string, sc: string, upload: ValuesUploader = uploadValuesFile) {
  const [state, setState] = useState<FileImportState>(IDLE);
  const client = useQueryClient();
  // A newer file replaces an older one still being checked: the older answer is dropped.
  const latest = useRef<File | null>(null);

  const check = useCallback(
    async (file: File) => {
      latest.current = file;
      setState({ step: 'checking', file, phase: { kind: 'sending', sent: 0 } });
      const onPhase = (phase: UploadPhase) => {
        if (latest.current === file) setState({ step: 'checking', file, phase });
      };
      try {
        const result = await upload(ws, file, { dryRun: true, scorecard: sc, onPhase });
        if (latest.current === file) setState({ step: 'preview', file, result });
      } catch (error) {
        if (latest.current !== file) return;
        const problems = valuesProblemsOf(error);
        setState(
          problems === null
            ? { step: 'failed', file, message: describeError(error) }
            : { step: 'refused', file, problems },
        );
      }
    },
    [ws, sc, upload],
  );

  const confirm = useCallback(async () => {
    if (state.step !== 'preview') return;
    const { file } = state;
    const onPhase = (phase: UploadPhase) => {
      if (latest.current === file)
        setState({ step: 'importing', file, result: state.result, phase });
    };
    onPhase({ kind: 'sending', sent: 0 });
    try {
      const result = await upload(ws, file, { dryRun: false, scorecard: sc, onPhase });
      if (latest.current === file) setState({ step: 'done', file, result });
    } catch (error) {
      const problems = valuesProblemsOf(error);
      setState(
        problems === null
          ? { step: 'failed', file, message: describeError(error) }
          : { step: 'refused', file, problems },
      );
    } finally {
      await client.invalidateQueries({ queryKey: queryKeys.workspace(ws) });
    }
  }, [state, ws, sc, upload, client]);

  const reset = useCallback(() => {
    latest.current = null;
    setState(IDLE);
  }, []);

  return { state, check, confirm, reset };
}
