import { DOCUMENT_FORMATS } from '@bearing/core';
import { z } from 'zod';
import { period } from '../common.schema.ts';

export const documentQuery = z.object({
  format: z
    .enum(DOCUMENT_FORMATS)
    .default('html')
    .describe('html (a standalone page, the default) or md (Markdown)'),
  period: period
    .optional()
    .describe('score as of this period; default: the latest with a value in the document'),
});

/** What each format is served as; the filename is `<scorecard id>-strategy.<format>`. */
export const DOCUMENT_MEDIA = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
} as const;
