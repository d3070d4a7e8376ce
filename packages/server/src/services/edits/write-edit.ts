import type { EditInput, Objective, Scorecard, Strategy } from '@bearing/core';
import {
  type Executor,
  type WriteContext,
  createInitiative,
  createKpi,
  createLink,
  createObjective,
  createPerspective,
  createScorecard,
  deleteInitiative,
  deleteKpi,
  deleteLink,
  deleteObjective,
  deletePerspective,
  deleteScorecard,
  getInitiative,
  getKpi,
  getLink,
  getObjective,
  getPerspective,
  getScorecard,
  updateInitiative,
  updateKpi,
  updateLink,
  updateObjective,
  updatePerspective,
  updateScorecard,
} from '@bearing/db';
import { without } from '../strategy-edit.service.ts';

/**
 * Writes one checked edit through the repositories, taking each entity as the file's builder
 * built it (every default filled in). Versions were checked for the whole batch before any
 * write; an entity edited twice in one batch is written over the version its first edit made.
 */
export async function writeEdit(
  trx: Executor,
  ws: string,
  built: Strategy,
  edit: EditInput,
  ctx: WriteContext,
  later: LaterCreates,
): Promise<unknown> {
  if (edit.entity === 'scorecard') {
    const id = edit.op === 'create' ? edit.fields.id : edit.id;
    if (edit.op === 'delete') return deleteScorecard(trx, ws, id, ctx);
    const s = card(built, id);
    if (edit.op === 'create') return createScorecard(trx, ws, ownScorecard(s, later), ctx);
    const { name, description, owner, thresholds } = s;
    const { version } = await getScorecard(trx, ws, id);
    return updateScorecard(trx, ws, id, version, { name, description, owner, thresholds }, ctx);
  }
  const sc = edit.scorecard;
  switch (edit.entity) {
    case 'perspective': {
      if (edit.op === 'delete') return deletePerspective(trx, ws, sc, edit.id, ctx);
      const id = edit.op === 'create' ? edit.fields.id : edit.id;
      const p = card(built, sc).perspectives.find((x) => x.id === id)!;
      if (edit.op === 'create') return createPerspective(trx, ws, sc, p, ctx);
      const { version } = await getPerspective(trx, ws, sc, id);
      return updatePerspective(trx, ws, sc, id, version, { name: p.name, weight: p.weight }, ctx);
    }
    case 'objective': {
      if (edit.op === 'delete') return deleteObjective(trx, ws, sc, edit.id, ctx);
      const id = edit.op === 'create' ? edit.fields.id : edit.id;
      const o = objective(built, sc, id);
      if (edit.op === 'create') {
        return createObjective(trx, ws, sc, ownObjective(sc, o, later), ctx);
      }
      const { version } = await getObjective(trx, ws, sc, id);
      const fields = without(o, 'id', 'kpis', 'initiatives');
      return updateObjective(trx, ws, sc, id, version, fields, ctx);
    }
    case 'kpi': {
      if (edit.op === 'delete') return deleteKpi(trx, ws, sc, edit.id, ctx);
      if (edit.op === 'create') {
        const { objective: owner, id } = edit.fields;
        const k = objective(built, sc, owner).kpis.find((x) => x.id === id)!;
        return createKpi(trx, ws, sc, owner, k, ctx);
      }
      const current = await getKpi(trx, ws, sc, edit.id);
      const k = objective(built, sc, current.objective).kpis.find((x) => x.id === edit.id)!;
      return updateKpi(trx, ws, sc, edit.id, current.version, without(k, 'id', 'values'), ctx);
    }
    case 'initiative': {
      if (edit.op === 'delete') return deleteInitiative(trx, ws, sc, edit.id, ctx);
      if (edit.op === 'create') {
        const { objective: owner, id } = edit.fields;
        const i = objective(built, sc, owner).initiatives.find((x) => x.id === id)!;
        return createInitiative(trx, ws, sc, owner, i, ctx);
      }
      const current = await getInitiative(trx, ws, sc, edit.id);
      const i = objective(built, sc, current.objective).initiatives.find((x) => x.id === edit.id)!;
      return updateInitiative(trx, ws, sc, edit.id, current.version, without(i, 'id'), ctx);
    }
    case 'link': {
      const [from, to] =
        edit.op === 'create' ? [edit.fields.from, edit.fields.to] : splitLink(edit.id);
      if (edit.op === 'delete') return deleteLink(trx, ws, sc, from, to, ctx);
      const l = card(built, sc).links.find((x) => x.from === from && x.to === to)!;
      if (edit.op === 'create') return createLink(trx, ws, sc, l, ctx);
      const current = await getLink(trx, ws, sc, from, to);
      // As the link route: a cleared `evidence` clears the stored one; a link that never had
      // any stays without the field, as the file builder leaves it.
      const had = current.evidence !== undefined && current.evidence !== null;
      const fields = {
        hypothesis: l.hypothesis,
        lag: l.lag,
        ...(l.evidence !== undefined || had ? { evidence: l.evidence ?? null } : {}),
      };
      return updateLink(trx, ws, sc, from, to, current.version, fields, ctx);
    }
  }
}

/**
 * Entities that later edits of the batch create, as `scorecard/id` (links `scorecard/from->to`).
 * The built strategy is the batch's end state, so a parent created early already holds the
 * children a later edit adds: the parent's create leaves them to that edit.
 */
export interface LaterCreates {
  readonly perspectives: ReadonlySet<string>;
  readonly objectives: ReadonlySet<string>;
  readonly kpis: ReadonlySet<string>;
  readonly initiatives: ReadonlySet<string>;
  readonly links: ReadonlySet<string>;
}

export function laterCreates(edits: readonly EditInput[]): LaterCreates {
  const sets = {
    perspectives: new Set<string>(),
    objectives: new Set<string>(),
    kpis: new Set<string>(),
    initiatives: new Set<string>(),
    links: new Set<string>(),
  };
  for (const e of edits) {
    if (e.op !== 'create' || e.entity === 'scorecard') continue;
    const key = e.entity === 'link' ? `${e.fields.from}->${e.fields.to}` : e.fields.id;
    const list = e.entity === 'kpi' ? 'kpis' : (`${e.entity}s` as keyof typeof sets);
    sets[list].add(`${e.scorecard}/${key}`);
  }
  return sets;
}

function ownObjective(sc: string, o: Objective, later: LaterCreates): Objective {
  return {
    ...o,
    kpis: o.kpis.filter((k) => !later.kpis.has(`${sc}/${k.id}`)),
    initiatives: o.initiatives.filter((i) => !later.initiatives.has(`${sc}/${i.id}`)),
  };
}

function ownScorecard(s: Scorecard, later: LaterCreates): Scorecard {
  const sc = s.id;
  return {
    ...s,
    perspectives: s.perspectives.filter((p) => !later.perspectives.has(`${sc}/${p.id}`)),
    objectives: s.objectives
      .filter((o) => !later.objectives.has(`${sc}/${o.id}`))
      .map((o) => ownObjective(sc, o, later)),
    links: s.links.filter((l) => !later.links.has(`${sc}/${l.from}->${l.to}`)),
  };
}

export function splitLink(key: string): [string, string] {
  const at = key.indexOf('->');
  return [key.slice(0, at), key.slice(at + 2)];
}

function card(built: Strategy, id: string): Scorecard {
  return built.scorecards.find((s) => s.id === id)!;
}

function objective(built: Strategy, sc: string, id: string): Objective {
  return card(built, sc).objectives.find((o) => o.id === id)!;
}
