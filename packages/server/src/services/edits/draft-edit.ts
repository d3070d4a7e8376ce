import type { EditInput } from '@bearing/core';
import { ApiError } from '../../errors.ts';
import {
  type EditResult,
  type Located,
  type StrategyDraft,
  patchNode,
} from '../strategy-edit.service.ts';
import { splitLink } from './write-edit.ts';

type Node = Record<string, unknown>;

/** Where edit `index` of a batch is in the request. */
export const editPath = (index: number) => `edits[${index}]`;

/**
 * Applies one edit of a batch to the draft document, as the single-entity routes apply theirs,
 * and says where the edited entity is so the file's issues map to `edits[i].fields.<field>`.
 * A delete also drops what pointed at the deleted entity, as the repositories do when they
 * delete it (links lose an end, sub-objectives and cascades detach).
 */
export function applyToDraft(draft: StrategyDraft, edit: EditInput, index: number): EditResult {
  const at = editPath(index);
  const field = `${at}.fields`;
  const notFound = (what: string, id: string) =>
    new ApiError('NOT_FOUND', `${what} "${id}" does not exist`, `${at}.id`);
  if (edit.entity === 'scorecard') {
    if (edit.op === 'create') {
      return { at: draft.append(null, 'scorecards', edit.fields).path, field };
    }
    const s = locate(() => draft.scorecard(edit.id), notFound('scorecard', edit.id));
    if (edit.op === 'update') {
      patchNode(s.node, edit.fields);
      return { at: s.path, field };
    }
    draft.list(draft.doc, 'scorecards').splice(s.index, 1);
    detachFromScorecard(draft, edit.id);
    return { at: s.path, field };
  }
  const s = locate(
    () => draft.scorecard(edit.scorecard),
    new ApiError('NOT_FOUND', `scorecard "${edit.scorecard}" does not exist`, `${at}.scorecard`),
  );
  switch (edit.entity) {
    case 'perspective':
      return editChild(draft, s, 'perspectives', edit, field, notFound);
    case 'objective': {
      const blame = `${field}.${edit.op === 'update' && edit.fields.parent === undefined ? 'contributesTo' : 'parent'}`;
      const result = editChild(draft, s, 'objectives', edit, field, notFound);
      if (edit.op === 'delete') detachFromObjective(draft, s.node, edit.scorecard, edit.id);
      return { ...result, blame };
    }
    case 'kpi':
    case 'initiative': {
      const list = edit.entity === 'kpi' ? 'kpis' : 'initiatives';
      if (edit.op === 'create') {
        const { objective, ...fields } = edit.fields;
        const o = draft.list(s.node, 'objectives').findIndex((n) => n.id === objective);
        if (o < 0) {
          throw new ApiError(
            'BROKEN_REFERENCE',
            `objective "${objective}" does not exist in scorecard "${edit.scorecard}"`,
            `${field}.objective`,
          );
        }
        const parent = draft.child(s, 'objectives', objective, 'objective', `${field}.objective`);
        return { at: draft.append(parent, list, fields).path, field };
      }
      const owner = draft
        .list(s.node, 'objectives')
        .map((node, i) => ({ node, i }))
        .find(({ node }) => draft.list(node, list).some((n) => n.id === edit.id));
      if (owner === undefined)
        throw notFound(edit.entity === 'kpi' ? 'KPI' : 'initiative', edit.id);
      const parent: Located = {
        index: owner.i,
        node: owner.node,
        path: [...s.path, 'objectives', owner.i],
      };
      return editChild(draft, parent, list, edit, field, notFound);
    }
    case 'link':
      return editLink(draft, s, edit, field, notFound);
  }
}

function locate(find: () => Located, error: ApiError): Located {
  try {
    return find();
  } catch {
    throw error;
  }
}

type ChildEdit = Extract<EditInput, { entity: 'perspective' | 'objective' | 'kpi' | 'initiative' }>;

function editChild(
  draft: StrategyDraft,
  parent: Located,
  list: string,
  edit: ChildEdit,
  field: string,
  notFound: (what: string, id: string) => ApiError,
): EditResult {
  if (edit.op === 'create') return { at: draft.append(parent, list, edit.fields).path, field };
  const nodes = draft.list(parent.node, list);
  const index = nodes.findIndex((n) => n.id === edit.id);
  if (index < 0) throw notFound(edit.entity === 'kpi' ? 'KPI' : edit.entity, edit.id);
  const at = [...parent.path, list, index];
  if (edit.op === 'update') patchNode(nodes[index]!, edit.fields);
  else nodes.splice(index, 1);
  return { at, field };
}

function editLink(
  draft: StrategyDraft,
  s: Located,
  edit: Extract<EditInput, { entity: 'link' }>,
  field: string,
  notFound: (what: string, id: string) => ApiError,
): EditResult {
  const links = draft.list(s.node, 'links');
  if (edit.op === 'create') return { at: draft.append(s, 'links', edit.fields).path, field };
  const [from, to] = splitLink(edit.id);
  const index = links.findIndex((l) => l.from === from && l.to === to);
  if (index < 0) throw notFound('link', edit.id);
  if (edit.op === 'update') patchNode(links[index]!, edit.fields);
  else links.splice(index, 1);
  return { at: [...s.path, 'links', index], field };
}

/** Objectives of other scorecards stop contributing to a deleted scorecard. */
function detachFromScorecard(draft: StrategyDraft, scorecard: string): void {
  for (const card of draft.list(draft.doc, 'scorecards')) {
    for (const o of draft.list(card, 'objectives')) {
      if (typeof o.contributesTo === 'string' && o.contributesTo.startsWith(`${scorecard}/`)) {
        Reflect.deleteProperty(o, 'contributesTo');
      }
    }
  }
}

/** Sub-objectives and contributors detach from a deleted objective; its links go with it. */
function detachFromObjective(
  draft: StrategyDraft,
  card: Node,
  scorecard: string,
  id: string,
): void {
  for (const o of draft.list(card, 'objectives'))
    if (o.parent === id) Reflect.deleteProperty(o, 'parent');
  for (const other of draft.list(draft.doc, 'scorecards')) {
    for (const o of draft.list(other, 'objectives')) {
      if (o.contributesTo === `${scorecard}/${id}`) Reflect.deleteProperty(o, 'contributesTo');
    }
  }
  const links = draft.list(card, 'links');
  card.links = links.filter((l) => l.from !== id && l.to !== id);
}
