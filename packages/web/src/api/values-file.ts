/**
 * Values files over the API (docs/spreadsheets.md): the upload goes through XMLHttpRequest, not
 * fetch, because only XHR reports upload progress, which a 20 MB workbook needs. Its failures
 * become the same ApiError as every other request's.
 */
import type { ValuesImportProblemsJson, ValuesImportResultJson } from '@bearing/core';
import { fetchDownload, type DownloadedFile } from './download.ts';
import { ApiError, CLIENT_HEADERS, apiUrl, type ApiErrorBody } from './client.ts';
import { paths } from './paths.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the upload is doing: sending the bytes (0–1 sent), then the server reading them. */
export type UploadPhase =
  { readonly kind: 'sending'; readonly sent: number } | { readonly kind: 'processing' };

export interface UploadOptions {
  readonly dryRun: boolean;
  /** The scorecard of rows that name none. */
  readonly scorecard: string | null;
  readonly onPhase?: (phase: UploadPhase) => void;
  readonly signal?: AbortSignal;
}

/** The 422 INVALID_VALUES body: every problem, and the rows they are on. */
export type ValuesProblemsBody = ApiErrorBody & Partial<ValuesImportProblemsJson>;

export type ValuesUploader = (
  ws: string,
  file: File,
  options: UploadOptions,
) => Promise<ValuesImportResultJson>;

/** The media type the import reads the file as, by its name; null for neither CSV nor XLSX. */
export function valuesMediaType(name: string): string | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'text/csv';
  if (lower.endsWith('.xlsx')) return XLSX_MEDIA_TYPE;
  return null;
}

export const uploadValuesFile: ValuesUploader = (ws, file, options) =>
  new Promise((resolve, reject) => {
    const type = valuesMediaType(file.name);
    if (type === null) {
      reject(
        new ApiError(0, {
          code: 'UNSUPPORTED_FILE',
          message: `${file.name} is not a values file: choose a .csv or .xlsx file (save an old .xls as .xlsx)`,
        }),
      );
      return;
    }
    const xhr = new XMLHttpRequest();
    const query = { dryRun: options.dryRun ? 'true' : null, scorecard: options.scorecard };
    xhr.open('POST', apiUrl(paths.importValues(ws), query));
    for (const [name, value] of Object.entries(CLIENT_HEADERS)) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Content-Type', type);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        options.onPhase?.({ kind: 'sending', sent: event.loaded / event.total });
    };
    xhr.upload.onload = () => options.onPhase?.({ kind: 'processing' });
    xhr.onerror = () =>
      reject(
        new ApiError(0, {
          code: 'OFFLINE',
          message: 'The Bearing server cannot be reached. Check that `bearing serve` is running.',
        }),
      );
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    xhr.onload = () => {
      const data = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as ValuesImportResultJson);
      else reject(new ApiError(xhr.status, errorOf(xhr.status, data)));
    };
    options.signal?.addEventListener('abort', () => xhr.abort());
    options.onPhase?.({ kind: 'sending', sent: 0 });
    xhr.send(file);
  });

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function errorOf(status: number, data: unknown): ValuesProblemsBody {
  const error = (data as { error?: ValuesProblemsBody } | null)?.error;
  if (error && typeof error.message === 'string') return error;
  return {
    code: status >= 500 ? 'INTERNAL' : `HTTP_${String(status)}`,
    message: `The server answered ${String(status)}.`,
  };
}

/** The problems of a refused file, when the error is one. */
export function valuesProblemsOf(error: unknown): ValuesProblemsBody | null {
  if (!(error instanceof ApiError) || error.code !== 'INVALID_VALUES') return null;
  return error.body;
}

export type ValuesExportFormat = 'csv' | 'xlsx';

/**
 * The stored values in the long shape, fetched rather than followed as a link, so that a failure
 * is shown as a message instead of being saved as the file.
 */
export function fetchValuesExport(
  ws: string,
  sc: string | null,
  format: ValuesExportFormat,
): Promise<DownloadedFile> {
  return fetchDownload(
    paths.exportValues(ws),
    { format, scorecard: sc },
    `${sc ?? ws}-values.${format}`,
  );
}
