import {
  DEFAULT_PERSPECTIVES,
  type EditEntity,
  type EditInput,
  type Initiative,
  type Kpi,
  type Link,
  type Objective,
  type Perspective,
  type Scorecard,
  entityDocument,
  updateInitiativeInput,
  updateKpiInput,
  updateLinkInput,
  updateObjectiveInput,
  updatePerspectiveInput,
  updateScorecardInput,
} from '@bearing/core';
import { type Change, type Executor, listObjectives } from '@bearing/db';
import { ApiError } from '../../errors.ts';
import { currentOf } from './current-version.ts';

type Node = Record<string, unknown>;

/** The change-log entities whose revert is an edit of the strategy (values and the workspace are not). */
export function isStrategyChange(change: Change): boolean {
  return change.entityType !== 'kpi_value' && change.entityType !== 'workspace';
}

/**
 * The edits that undo one logged change, in the file's syntax: a create becomes a delete, an
 * update sets every field back to its `before` (fields it did not have are cleared), a delete
 * re-creates what it removed (an objective with its KPIs, values and initiatives, and its links
 * whose other end is still there). Each edit carries the entity's version as it is now: the user
 * asked for that earlier state over whatever came since. The edits then go through `applyEdits`,
 * so a revert is refused exactly when the same edit would be.
 */
export async function revertEdits(trx: Executor, ws: string, change: Change): Promise<EditInput[]> {
  const entity = change.entityType as EditEntity;
  const where = entity === 'scorecard' ? {} : { scorecard: change.scorecard ?? '' };
  const address = { entity, ...where, id: change.entityKey };
  if (change.operation === 'delete') return recreate(trx, ws, change, entity, where);
  const version = await versionNow(trx, ws, address as EditInput & { op: 'delete' }, change);
  if (change.operation === 'create') return [{ op: 'delete', ...address, version } as EditInput];
  const fields = patchBack(entity, change.before as Node);
  return [{ op: 'update', ...address, version, fields } as EditInput];
}

async function versionNow(
  trx: Executor,
  ws: string,
  edit: Exclude<EditInput, { op: 'create' }>,
  change: Change,
): Promise<number> {
  try {
    return (await currentOf(trx, ws, edit)).version;
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'NOT_FOUND') throw error;
    throw new ApiError(
      'NOT_FOUND',
      `${change.entityType} "${change.entityKey}" no longer exists, so change ${change.id} cannot be undone`,
      'params.changeId',
    );
  }
}

const UPDATABLE = {
  scorecard: updateScorecardInput,
  perspective: updatePerspectiveInput,
  objective: updateObjectiveInput,
  kpi: updateKpiInput,
  initiative: updateInitiativeInput,
  link: updateLinkInput,
} as const;

/** Every field an update may set, as `before` had it; null (back to the default) where it had none. */
function patchBack(entity: EditEntity, before: Node): Node {
  const doc = documentOf(entity, before);
  const fields: Node = {};
  for (const key of Object.keys(UPDATABLE[entity].shape)) {
    if (key !== 'version') fields[key] = doc[key] ?? null;
  }
  return fields;
}

/** One entity's snapshot (domain JSON) in the file's syntax; nested lists as the snapshot has them. */
function documentOf(entity: EditEntity, snapshot: Node): Node {
  switch (entity) {
    case 'scorecard':
      return entityDocument.scorecard({
        perspectives: DEFAULT_PERSPECTIVES,
        objectives: [],
        links: [],
        ...snapshot,
      } as unknown as Scorecard);
    case 'perspective':
      return entityDocument.perspective(snapshot as unknown as Perspective);
    case 'objective':
      return entityDocument.objective({
        kpis: [],
        initiatives: [],
        ...snapshot,
      } as unknown as Objective);
    case 'kpi':
      return entityDocument.kpi({ values: [], ...snapshot } as unknown as Kpi);
    case 'initiative':
      return entityDocument.initiative(snapshot as unknown as Initiative);
    case 'link':
      return entityDocument.link(snapshot as unknown as Link);
  }
}

async function recreate(
  trx: Executor,
  ws: string,
  change: Change,
  entity: EditEntity,
  where: Node,
): Promise<EditInput[]> {
  const before = change.before as Node;
  const fields = documentOf(entity, before);
  // A KPI or an initiative comes back to the objective it sat in.
  if (entity === 'kpi' || entity === 'initiative') fields.objective = before.objective;
  // Built from a stored snapshot, not a request: the file's checks in applyEdits judge it.
  const create = { op: 'create', entity, ...where, fields } as unknown as EditInput;
  if (entity !== 'objective') return [create];
  // Links whose other end has gone since the delete cannot come back; the rest do.
  const sc = change.scorecard ?? '';
  const present = new Set<string>((await listObjectives(trx, ws, sc)).map((o) => o.id));
  present.add(change.entityKey);
  const links = ((before.links ?? []) as Link[]).filter(
    (l) => present.has(l.from) && present.has(l.to),
  );
  const linkEdits = links.map(
    (l) =>
      ({
        op: 'create',
        entity: 'link',
        scorecard: sc,
        fields: entityDocument.link(l),
      }) as unknown as EditInput,
  );
  return [create, ...linkEdits];
}
