import { z } from 'zod';

export const workspace = z.object({
  key: z.string(),
  name: z.string(),
  organization: z.string().nullable(),
  version: z.number().int().describe('for optimistic concurrency on later updates'),
  lint: z
    .unknown()
    .describe('lint settings ({rules: {<rule-id>: off|error|warning|info}}) or null'),
});

export const workspaceList = z.object({ workspaces: z.array(workspace) });
