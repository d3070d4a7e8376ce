import { fetchDownload, type DownloadedFile } from '../../api/download.ts';
import { paths } from '../../api/paths.ts';

/** `xlsx` is the strategy workbook: the whole workspace, to edit in Excel and import back. */
export type DocumentFormat = 'html' | 'md' | 'xlsx';

export type DocumentFile = DownloadedFile;

/**
 * Fetches the strategy document rather than following a plain link, so a failure (unknown
 * scorecard, server down) is shown as a readable message instead of saving an error as the file.
 */
export function fetchDocument(
  ws: string,
  sc: string,
  format: DocumentFormat,
  period: string | null,
): Promise<DocumentFile> {
  return format === 'xlsx'
    ? fetchDownload(paths.exportStrategy(ws), { format }, `${ws}-strategy.xlsx`)
    : fetchDownload(paths.document(ws, sc), { format, period }, `${sc}-strategy.${format}`);
}

/** Hands the file to the browser's download, as a link with `download` would. */
export function saveFile({ name, blob }: DocumentFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the click start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
