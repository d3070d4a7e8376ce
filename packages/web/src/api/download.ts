/**
 * Downloads (documents, reports, workbooks, values files) are fetched rather than followed as
 * plain links, so that a failure — an unknown scorecard, no Chromium on the server, the server
 * down — shows as a readable message instead of being saved as the file.
 */
import { ApiError, CLIENT_HEADERS, apiUrl } from './client.ts';

export interface DownloadedFile {
  readonly name: string;
  readonly blob: Blob;
}

/** GET `path` as a file, named by its Content-Disposition or else `fallbackName`. */
export async function fetchDownload(
  path: string,
  query: Readonly<Record<string, string | null | undefined>>,
  fallbackName: string,
): Promise<DownloadedFile> {
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

/** The filename of an `attachment; filename="…"` header, or null. */
export function fileNameFrom(disposition: string | null): string | null {
  if (disposition === null) return null;
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match?.[1] === undefined ? null : decodeURIComponent(match[1].trim());
}
