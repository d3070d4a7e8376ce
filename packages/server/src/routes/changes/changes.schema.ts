import { ENTITY_TYPES } from '@bearing/db';
import { z } from 'zod';
import { key, workspaceParams } from '../common.schema.ts';

export const changesQuery = z.object({
  entity: z.enum(ENTITY_TYPES).optional().describe('only changes to this kind of entity'),
  scorecard: key.optional().describe('only changes inside this scorecard'),
  since: z.iso
    .datetime({ offset: true })
    .transform((s) => new Date(s))
    .optional()
    .describe('only changes at or after this ISO 8601 time'),
  batch: key.optional().describe('only the changes of this edit batch'),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
});

export const change = z.object({
  id: z.string(),
  entityType: z.enum(ENTITY_TYPES),
  operation: z.enum(['create', 'update', 'delete']),
  scorecard: z.string().nullable(),
  entityKey: z.string(),
  period: z.string().nullable(),
  actor: z.string(),
  at: z.string(),
  before: z.unknown().describe('the entity before the change (domain JSON); null for a create'),
  after: z.unknown().describe('the entity after the change; null for a delete'),
  batch: z.string().nullable().describe('the edit batch (write) that made it; null before batches'),
  account: z
    .object({
      id: z.string(),
      email: z.string().nullable().describe('null once the account has been removed'),
      name: z.string().describe('the account\'s name now; "former member" once removed'),
    })
    .nullable()
    .describe('the account behind the change; null in local mode'),
  token: z.string().nullable().describe('the id of the API token the change was made with'),
});

export const changeList = z.object({ changes: z.array(change) });

export const revertParams = workspaceParams.extend({ changeId: key });

const undoBatch = {
  batch: z.string().describe('the batch of the undo itself (undo it to redo)'),
  changes: z.array(z.string()).describe('the change-log ids the undo made, oldest first'),
};

export const revertResponse = z.object({
  reverted: z.string().describe('the change that was undone (the undo is itself logged)'),
  ...undoBatch,
});

export const batchRevertParams = workspaceParams.extend({ batch: key });

export const batchRevertResponse = z.object({
  reverted: z.string().describe('the edit batch that was undone'),
  ...undoBatch,
});
