import { ApiError, CLIENT_HEADERS, apiUrl } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';

/** `xlsx` is the strategy workbook: the whole workspace, to edit in Excel and import back. */
export type DocumentFormat = 'html' | 'md' | 'xlsx';

export interface DocumentFile {
  readonly name: string;
  readonly blob: Blob;
}

/**
 * Fetches the strategy document rather than following a plain link, so a failure (unknown
 * scorecard, server down) is shown as a readable message instead of saving an error as the file.
 */
export async function fetchDocument(
  ws: string,
  sc: string,
  format: DocumentFormat,
  period: string | null,
): Promise<DocumentFile> {
  let response: Response;
  try {
    const url =
      format === 'xlsx'
        ? apiUrl(paths.exportStrategy(ws), { format })
        : apiUrl(paths.document(ws, sc), { format, period });
    response = await fetch(url, { headers: CLIENT_HEADERS });
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
  const name =
    fileNameFrom(response.headers.get('content-disposition')) ??
    `${format === 'xlsx' ? ws : sc}-strategy.${format}`;
  return { name, blob };
}

/** The filename of an `attachment; filename="…"` header, or null. */
export function fileNameFrom(disposition: string | null): string | null {
  if (disposition === null) return null;
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match?.[1] === undefined ? null : decodeURIComponent(match[1].trim());
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
