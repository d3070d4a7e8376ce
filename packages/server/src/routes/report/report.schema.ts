import { z } from 'zod';
import { period } from '../common.schema.ts';

export const REPORT_FORMATS = ['pdf', 'html'] as const;
export const MAP_FORMATS = ['svg', 'png', 'pdf'] as const;

export const reportQuery = z.object({
  format: z
    .enum(REPORT_FORMATS)
    .default('pdf')
    .describe('pdf (the default, printed by Chromium) or html'),
  period: period.optional().describe('score as of this period; default: the latest with a value'),
});

export const mapQuery = z.object({
  format: z.enum(MAP_FORMATS).default('svg').describe('svg (the default), png or pdf'),
  period: period.optional().describe('colour by the scores of this period; default: the latest'),
});

/** What each format is served as. */
export const MEDIA = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
} as const;
