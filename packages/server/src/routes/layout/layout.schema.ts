import { z } from 'zod';
import { key } from '../common.schema.ts';

const position = z
  .strictObject({
    x: z.number().describe('map x, in the map’s own units'),
    y: z.number().describe('map y'),
  })
  .describe("where the objective's node sits on the strategy map");

export const layoutResponse = z.object({
  positions: z
    .record(z.string(), position)
    .describe('by objective id; objectives without a position are laid out automatically'),
});

export const layoutBody = z.strictObject({
  positions: z
    .record(key.describe('objective id'), position.nullable())
    .describe('by objective id: a position places it, null clears it (automatic layout again)'),
});
