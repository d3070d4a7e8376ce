import { ApiError, CLIENT_HEADERS, apiUrl } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { fileNameFrom, type DocumentFile } from '../customer/download-document.ts';

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
  return fetchFile(
    `${paths.scorecard(ws, sc)}/report`,
    { format, period },
    `${sc}-board-report.${format}`,
  );
}

export function fetchMapPdf(ws: string, sc: string, period: string | null): Promise<DocumentFile> {
  return fetchFile(
    `${paths.scorecard(ws, sc)}/map`,
    { format: 'pdf', period },
    `${sc}-strategy-map.pdf`,
  );
}

async function fetchFile(
  path: string,
  query: Record<string, string | null>,
  fallbackName: string,
): Promise<DocumentFile> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), { headers: CLIENT_HEADERS });
  } catch {
    throw new ApiError(0, {
      code: 'OFFLINE',
      message: 'The Bearing server cannot be reached. Check that `bearing serve` is running.',
    });
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, {
      code: error?.code ?? `HTTP_${String(response.status)}`,
      message: error?.message ?? `The server answered ${String(response.status)}.`,
    });
  }
  const blob = await response.blob();
  return { name: fileNameFrom(response.headers.get('content-disposition')) ?? fallbackName, blob };
}
