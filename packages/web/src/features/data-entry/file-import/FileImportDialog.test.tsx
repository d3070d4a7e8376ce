import type { ValuesImportResultJson } from '@bearing/core';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/client.ts';
import type { UploadOptions, ValuesProblemsBody } from '../../../api/values-file.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { FileImportDialog } from './FileImportDialog.tsx';
import { ProblemsPreview } from './ProblemsPreview.tsx';
import { useFileImport } from './use-file-import.ts';

configure({ asyncUtilTimeout: 5000 });

const REFUSED: ValuesProblemsBody = {
  code: 'INVALID_VALUES',
  message: 'the values file has 2 problems; nothing was imported',
  header: { row: 1, cells: ['kpi', 'period', 'value'] },
  rows: [
    { row: 3, cells: ['Retrun rate', '2026-07', '4'] },
    { row: 4, cells: ['nps', '2026-07', 'n/a'] },
  ],
  problems: [
    {
      code: 'UNKNOWN_KPI',
      message: 'unknown KPI "Retrun rate" (did you mean "Return rate"?)',
      path: 'row 3, column A (kpi)',
      sheet: null,
      row: 3,
      column: 0,
      header: 'kpi',
    },
    {
      code: 'INVALID_NUMBER',
      message: '"n/a" is not a number',
      path: 'row 4, column C (value)',
      sheet: null,
      row: 4,
      column: 2,
      header: 'value',
    },
  ],
  moreProblems: 0,
};

const CHECKED: ValuesImportResultJson = {
  shape: 'long',
  dryRun: true,
  counts: { new: 1, changed: 1, unchanged: 3 },
  changes: [
    {
      kind: 'changed',
      scorecard: 'acme',
      kpi: 'return-rate',
      period: '2026-06',
      value: 3.4,
      comment: null,
      old: { value: 3.6, comment: null },
    },
    {
      kind: 'new',
      scorecard: 'acme',
      kpi: 'nps',
      period: '2026-09',
      value: 41,
      comment: 'survey',
      old: null,
    },
  ],
};

describe('ProblemsPreview', () => {
  it('shows each bad row as the file has it, the bad cells marked with their message', () => {
    renderWithProviders(<ProblemsPreview file="values.csv" problems={REFUSED} />);
    expect(screen.getByRole('alert').textContent).toContain(
      'values.csv: 2 problems, nothing was imported',
    );
    const table = screen.getByRole('table', { name: 'Problems in the file' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Row', 'A (kpi)', 'B (period)', 'C (value)']);
    const row3 = table.querySelector('[data-problem-row="3"]')!;
    const bad = row3.querySelector('[data-bad]')!;
    expect(bad.textContent).toContain('Retrun rate');
    expect(bad.textContent).toContain('unknown KPI "Retrun rate" (did you mean "Return rate"?)');
    const row4 = table.querySelector('[data-problem-row="4"]')!;
    expect(row4.querySelectorAll('[data-bad]')).toHaveLength(1);
    expect(row4.querySelector('[data-bad]')?.textContent).toContain('n/a"n/a" is not a number');
    expect(
      screen.getByRole('note', { name: 'row 4, column C (value): "n/a" is not a number' }),
    ).toBeTruthy();
  });
});

function Harness({
  upload,
}: {
  upload: (ws: string, file: File, o: UploadOptions) => Promise<ValuesImportResultJson>;
}) {
  const flow = useFileImport('default', 'acme', upload);
  return (
    <>
      <button type="button" onClick={() => void flow.check(new File(['x'], 'values.csv'))}>
        pick
      </button>
      <FileImportDialog
        state={flow.state}
        onFile={(f) => void flow.check(f)}
        onConfirm={() => void flow.confirm()}
        onClose={flow.reset}
      />
    </>
  );
}

describe('FileImportDialog', () => {
  it('checks the file first, previews what changes, and imports it on "Import N values"', async () => {
    const upload = vi.fn((_ws: string, _file: File, options: UploadOptions) => {
      options.onPhase?.({ kind: 'processing' });
      return Promise.resolve(options.dryRun ? CHECKED : { ...CHECKED, dryRun: false });
    });
    renderWithProviders(<Harness upload={upload} />);
    fireEvent.click(screen.getByRole('button', { name: 'pick' }));

    await screen.findByRole('table', { name: 'Values the import writes' });
    expect(upload).toHaveBeenLastCalledWith(
      'default',
      expect.any(File),
      expect.objectContaining({ dryRun: true, scorecard: 'acme' }),
    );
    expect(screen.getByLabelText('What the import changes').textContent).toContain(
      '1 new1 changed3 unchanged',
    );
    const changed = screen.getByRole('row', { name: /acme\/return-rate/ });
    expect(changed.textContent).toContain('3.6 → 3.4');

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 values' }));
    await screen.findByText('Imported');
    expect(upload).toHaveBeenCalledTimes(2);
    expect(upload).toHaveBeenLastCalledWith(
      'default',
      expect.any(File),
      expect.objectContaining({ dryRun: false }),
    );
  });

  it('shows the problems of a refused file and offers no import, then takes the corrected file', async () => {
    let fixed = false;
    const upload = vi.fn(() =>
      fixed ? Promise.resolve(CHECKED) : Promise.reject(new ApiError(422, REFUSED)),
    );
    renderWithProviders(<Harness upload={upload} />);
    fireEvent.click(screen.getByRole('button', { name: 'pick' }));
    await screen.findByRole('table', { name: 'Problems in the file' });
    expect(screen.queryByRole('button', { name: /^Import \d/ })).toBeNull();

    fixed = true;
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    fireEvent.change(input, { target: { files: [new File(['y'], 'values.csv')] } });
    await waitFor(() =>
      expect(
        screen.getByRole<HTMLButtonElement>('button', { name: 'Import 2 values' }).disabled,
      ).toBe(false),
    );
    expect(screen.queryByRole('table', { name: 'Problems in the file' })).toBeNull();
  });

  it('says so when a file changes nothing', async () => {
    const same = { ...CHECKED, counts: { new: 0, changed: 0, unchanged: 5 }, changes: [] };
    renderWithProviders(<Harness upload={() => Promise.resolve(same)} />);
    fireEvent.click(screen.getByRole('button', { name: 'pick' }));
    expect(
      (await screen.findByRole<HTMLButtonElement>('button', { name: 'Nothing to import' }))
        .disabled,
    ).toBe(true);
    expect(screen.getByText(/importing it changes nothing/)).toBeTruthy();
  });
});
