import { z } from 'zod';
import { key, scorecardParams } from '../common.schema.ts';

export const objectivesParams = scorecardParams;
export const objectiveParams = scorecardParams.extend({ objective: key.describe('objective id') });

export const objectiveRecord = z
  .looseObject({ id: z.string(), name: z.string(), version: z.number().int() })
  .describe('the objective (without its KPIs and initiatives) and its version');

export const objectiveList = z.object({ objectives: z.array(objectiveRecord) });
