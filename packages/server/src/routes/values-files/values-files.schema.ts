import { valuesImportProblemsSchema, valuesImportResultSchema } from '@bearing/core';
import { z } from 'zod';
import { XLSX_MEDIA_TYPE } from '../../services/values-file.service.ts';
import { errorBody, key, workspaceParams } from '../common.schema.ts';

/** CSV (any of the names programs send it under) and the XLSX workbook type. */
export const CSV_MEDIA_TYPES = ['text/csv', 'application/csv'] as const;
export const VALUES_MEDIA_TYPES = [...CSV_MEDIA_TYPES, XLSX_MEDIA_TYPE] as const;

export const valuesFileParams = workspaceParams;

const flag = (description: string) =>
  z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe(description);

export const valuesImportQuery = z.object({
  scorecard: key
    .optional()
    .describe('the scorecard (id or name) of rows that name none; else KPIs must be unambiguous'),
  dryRun: flag('check and say what would change; write nothing'),
});

/** The file's bytes, read as bytes: CSV is decoded by the reader (UTF-8, else Windows-1252). */
export const valuesImportBody = z
  .custom<Buffer>((body) => Buffer.isBuffer(body) && body.length > 0, {
    error: 'expected the values file (CSV or XLSX) as the body',
  })
  .meta({
    type: 'string',
    format: 'binary',
    description: 'the values file, exactly as `bearing import FILE.csv|FILE.xlsx` reads it',
  });

export const valuesImportResponse = valuesImportResultSchema;

export const valuesImportErrors = {
  400: errorBody,
  404: errorBody,
  413: errorBody,
  415: errorBody,
  422: z
    .object({
      error: z.looseObject({
        code: z.string().describe('INVALID_VALUES, or UNREADABLE_FILE for no CSV or workbook'),
        message: z.string(),
        path: z.string(),
        ...valuesImportProblemsSchema.partial().shape,
      }),
    })
    .describe('INVALID_VALUES: `problems` lists every problem with its sheet, row and column'),
} as const;

export const valuesExportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv').describe('the file format; long shape either way'),
  scorecard: key.optional().describe('one scorecard only (its id); default: every scorecard'),
});
