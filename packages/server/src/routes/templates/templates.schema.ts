import { z } from 'zod';
import { errorBody, key, workspaceParams } from '../common.schema.ts';
import { importQuery, importResponse } from '../strategy/strategy.schema.ts';

export const templateParams = z.object({
  name: key.describe('template name, e.g. "hospice" (GET /api/templates lists them)'),
});

export const applyParams = workspaceParams.extend({ name: templateParams.shape.name });

/** Same as the import's: `replace=true` deletes every scorecard of the workspace first. */
export const applyQuery = importQuery;

export const applyResponse = importResponse;

export const templateSummary = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  sectors: z
    .array(z.string())
    .describe('the sectors it is an example of (core SECTOR_IDS): what the wizard suggests it for'),
  organization: z.string().nullable().describe('the example organisation of the template'),
  scorecards: z.number().int(),
  perspectives: z
    .array(z.string())
    .describe('the first scorecard’s perspective names, top to bottom'),
  objectives: z.number().int(),
  kpis: z.number().int(),
  initiatives: z.number().int(),
  links: z.number().int().describe('cause-effect links'),
  stakeholders: z.number().int(),
  segments: z.number().int(),
  disciplines: z
    .array(z.string())
    .describe('value disciplines the template’s value propositions choose (may be empty)'),
});

export const templateList = z.object({ templates: z.array(templateSummary) });

export const templateNotFound = errorBody.describe(
  'NOT_FOUND: no such template; `error.hint` and `error.available` list the names',
);
