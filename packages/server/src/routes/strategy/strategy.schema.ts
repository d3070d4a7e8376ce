import { z } from 'zod';
import { errorBody, workspaceParams } from '../common.schema.ts';

/**
 * Media types an import accepts; JSON types are read as JSON, everything else as YAML. Never
 * text/plain: any web site can make a browser send that (plugins/cross-site.ts).
 */
export const IMPORT_MEDIA_TYPES = [
  'application/json',
  'application/yaml',
  'application/x-yaml',
  'text/yaml',
  'text/x-yaml',
] as const;

export const importParams = workspaceParams;

export const importQuery = z.object({
  replace: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('delete every scorecard of the workspace first (each delete logged, undoable)'),
});

/**
 * The file's bytes. Read as bytes, not text, so a large file crosses to the import worker
 * without being decoded and copied on the event loop (services/off-thread-import.ts).
 */
export const importBody = z
  .custom<Buffer>((body) => Buffer.isBuffer(body) && body.length > 0, {
    error: 'expected the strategy file as the body',
  })
  .meta({
    type: 'string',
    format: 'binary',
    description: 'the strategy file, exactly as `bearing validate` reads it (YAML or JSON)',
  });

export const importResponse = z.object({
  scorecards: z.array(z.string()).describe('ids of the imported scorecards, in file order'),
  replaced: z.number().int().describe('scorecards deleted first because of replace=true'),
});

export const importErrors = {
  400: errorBody,
  404: errorBody,
  409: errorBody.describe('DUPLICATE_KEY: a scorecard id the workspace already has'),
  413: errorBody,
  415: errorBody,
  422: errorBody.describe(
    'INVALID_STRATEGY: `error.issues` lists every issue with line and column',
  ),
} as const;

export const exportQuery = z.object({
  format: z
    .enum(['yaml', 'json', 'xlsx'])
    .optional()
    .describe(
      'overrides the Accept header (handy for a download link); xlsx is the strategy workbook',
    ),
});
