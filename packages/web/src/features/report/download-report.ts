import { fetchDownload } from '../../api/download.ts';
import { paths } from '../../api/paths.ts';
import type { DocumentFile } from '../customer/download-document.ts';

export type ReportFormat = 'pdf' | 'html';

/**
 * The board report (`GET …/scorecards/{id}/report`) or the strategy map printed by the server
 * (`…/map?format=pdf`), fetched rather than linked so a failure (no Chromium on the server,
 * unknown scorecard) shows as a message instead of being saved as the file.
 */
export function fetchReport(
  ws: string,
  sc: string,
  format: ReportFormat,
  period: string | null,
): Promise<DocumentFile> {
  return fetchDownload(
    `${paths.scorecard(ws, sc)}/report`,
    { format, period },
    `${sc}-board-report.${format}`,
  );
}

export function fetchMapPdf(ws: string, sc: string, period: string | null): Promise<DocumentFile> {
  return fetchDownload(
    `${paths.scorecard(ws, sc)}/map`,
    { format: 'pdf', period },
    `${sc}-strategy-map.pdf`,
  );
}
