import { z } from 'zod';
import { idField } from '../fields.ts';
import { versionField } from './common.input.ts';
import { createInitiativeInput, updateInitiativeInput } from './initiative.input.ts';
import { createKpiInput, updateKpiInput } from './kpi.input.ts';
import { createLinkInput, updateLinkInput } from './link.input.ts';
import { createObjectiveInput, updateObjectiveInput } from './objective.input.ts';
import { createPerspectiveInput, updatePerspectiveInput } from './perspective.input.ts';
import { createScorecardInput, updateScorecardInput } from './scorecard.input.ts';

/**
 * An edit batch (`POST /api/workspaces/{ws}/edits`): entity writes applied together, checked
 * once as the would-be strategy file and stored all or nothing. Each edit carries what the
 * single-entity route takes: `fields` is that route's body (without `version`), `id` and
 * `scorecard` its URL, `version` its If-Match.
 */

export const EDIT_ENTITIES = [
  'scorecard',
  'perspective',
  'objective',
  'kpi',
  'initiative',
  'link',
] as const;
export type EditEntity = (typeof EDIT_ENTITIES)[number];

const scorecard = idField.describe('the scorecard the entity lives in');
const version = versionField.describe('the version you read (409 CONFLICT when it is stale)');
/** A link is addressed as `from->to`, as the change log names it. */
const linkKey = z
  .string()
  .regex(/^[^>\s]+->[^>\s]+$/, 'expected a link as "from->to"')
  .describe('the link as "from->to"');

function editsOf<
  E extends EditEntity,
  W extends z.ZodRawShape,
  C extends z.ZodType,
  K extends z.ZodType,
>(entity: E, where: W, create: C, update: z.ZodObject, key: K) {
  return z.discriminatedUnion('op', [
    z.strictObject({
      op: z.literal('create'),
      entity: z.literal(entity),
      ...where,
      fields: create,
    }),
    z.strictObject({
      op: z.literal('update'),
      entity: z.literal(entity),
      ...where,
      id: key,
      version,
      fields: update.omit({ version: true }),
    }),
    z.strictObject({
      op: z.literal('delete'),
      entity: z.literal(entity),
      ...where,
      id: key,
      version,
    }),
  ]);
}

const inScorecard = { scorecard };
/**
 * A new entity in a batch names its id (the file would derive one from the name): later edits
 * of the batch, and the response's change log, address it by that id.
 */
const withId = <S extends z.ZodRawShape, C extends z.core.$ZodObjectConfig>(
  schema: z.ZodObject<S, C>,
) => schema.extend({ id: idField });

export const editInput = z.discriminatedUnion('entity', [
  editsOf('scorecard', {}, withId(createScorecardInput), updateScorecardInput, idField),
  editsOf(
    'perspective',
    inScorecard,
    withId(createPerspectiveInput),
    updatePerspectiveInput,
    idField,
  ),
  editsOf('objective', inScorecard, withId(createObjectiveInput), updateObjectiveInput, idField),
  editsOf('kpi', inScorecard, withId(createKpiInput), updateKpiInput, idField),
  editsOf('initiative', inScorecard, withId(createInitiativeInput), updateInitiativeInput, idField),
  editsOf('link', inScorecard, createLinkInput, updateLinkInput, linkKey),
]);
export type EditInput = z.output<typeof editInput>;

/** At most this many edits in one batch: a batch is one transaction holding the workspace lock. */
export const MAX_EDITS = 1000;

export const editBatchInput = z.strictObject({
  edits: z.array(editInput).min(1).max(MAX_EDITS).describe('applied in order, all or nothing'),
});
export type EditBatchInput = z.output<typeof editBatchInput>;

/** What a write answers about the log: the batch it made and its change ids, oldest first. */
export const editBatchResponse = z.object({
  batch: z.string().describe('the id of the edit batch; POST …/batches/{batch}/revert undoes it'),
  changes: z.array(z.string()).describe('the change-log ids the batch made, oldest first'),
});
export type EditBatchResponse = z.output<typeof editBatchResponse>;
