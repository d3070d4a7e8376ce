import { z } from 'zod';

export const objectiveRecord = z
  .looseObject({ id: z.string(), name: z.string(), version: z.number().int() })
  .describe('the objective (without its KPIs and initiatives) and its version');
