import {
  type Initiative,
  type Kpi,
  type Link,
  type Objective,
  type Scorecard,
  periodOf,
} from '@bearing/core';
import type { Executor } from '../database.ts';
import { DuplicateKeyError, NotFoundError, isUniqueViolation } from '../errors.ts';
import { newId } from '../ids.ts';
import type { InitiativeTable } from '../tables/initiative.table.ts';
import type { KpiTargetTable } from '../tables/kpi-target.table.ts';
import type { KpiValueTable } from '../tables/kpi-value.table.ts';
import type { KpiTable } from '../tables/kpi.table.ts';
import type { LinkTable } from '../tables/link.table.ts';
import type { ObjectiveTable } from '../tables/objective.table.ts';
import type { PerspectiveTable } from '../tables/perspective.table.ts';
import type { ScorecardTable } from '../tables/scorecard.table.ts';
import { insertChunked } from './batch.ts';
import { insertValuesBulk } from './value-bulk.ts';
import {
  auditColumns,
  initiativeColumns,
  kpiColumns,
  kpiTargetRows,
  linkColumns,
  objectiveColumns,
  perspectiveColumns,
  scorecardColumns,
} from './mappers.ts';

interface PendingObjective {
  readonly row: ObjectiveTable;
  readonly scorecardKey: string;
  readonly objective: Omit<Objective, 'kpis' | 'initiatives'>;
}
interface PendingLink {
  readonly row: Omit<LinkTable, 'from_objective_id' | 'to_objective_id'>;
  readonly scorecardKey: string;
  readonly link: Link;
}

const path = (scorecard: string, key: string) => `${scorecard}/${key}`;

/**
 * Builds the rows of whole subtrees (scorecards, or objectives and KPIs under existing ones) in
 * memory, resolves the keys they point at (parent, contributesTo, link ends, perspectives) either
 * among the new rows or among those already stored, and writes them as chunked multi-row inserts.
 * Bulk import and undo of a delete both come through here, so they build identical rows.
 */
export class TreeWriter {
  private readonly scorecards: ScorecardTable[] = [];
  private readonly perspectives: PerspectiveTable[] = [];
  private readonly objectives: PendingObjective[] = [];
  private readonly links: PendingLink[] = [];
  private readonly kpis: KpiTable[] = [];
  private readonly targets: KpiTargetTable[] = [];
  private readonly values: KpiValueTable[] = [];
  private readonly initiatives: InitiativeTable[] = [];
  private readonly perspectiveIds = new Map<string, string>();
  private readonly objectiveIds = new Map<string, string>();
  private readonly audit: ReturnType<typeof auditColumns>;

  constructor(
    private readonly workspaceId: string,
    private readonly actor: string,
    private readonly now: string,
  ) {
    this.audit = auditColumns(now);
  }

  addScorecard(s: Scorecard, position: number): void {
    const id = newId();
    this.scorecards.push({
      id,
      workspace_id: this.workspaceId,
      position,
      ...scorecardColumns(s),
      ...this.audit,
    });
    for (const [i, p] of s.perspectives.entries()) {
      const pid = newId();
      this.perspectiveIds.set(path(s.id, p.id), pid);
      this.perspectives.push({
        id: pid,
        scorecard_id: id,
        position: i,
        ...perspectiveColumns(p),
        ...this.audit,
      });
    }
    for (const [i, o] of s.objectives.entries()) this.addObjective(id, s.id, o, i);
    for (const [i, l] of s.links.entries()) this.addLink(id, s.id, l, i);
  }

  addObjective(
    scorecardRowId: string,
    scorecardKey: string,
    o: Objective,
    position: number,
  ): string {
    const id = newId();
    this.objectiveIds.set(path(scorecardKey, o.id), id);
    const row: ObjectiveTable = {
      id,
      scorecard_id: scorecardRowId,
      perspective_id: '',
      position,
      ...objectiveColumns(o),
      parent_id: null,
      contributes_to_id: null,
      ...this.audit,
    };
    this.objectives.push({ row, scorecardKey, objective: o });
    for (const [i, k] of o.kpis.entries()) this.addKpi(scorecardRowId, id, k, i);
    for (const [i, x] of o.initiatives.entries()) this.addInitiative(scorecardRowId, id, x, i);
    return id;
  }

  addLink(scorecardRowId: string, scorecardKey: string, link: Link, position: number): void {
    const row = {
      id: newId(),
      scorecard_id: scorecardRowId,
      position,
      ...linkColumns(link),
      ...this.audit,
    };
    this.links.push({ row, scorecardKey, link });
  }

  addKpi(scorecardRowId: string, objectiveRowId: string, k: Kpi, position: number): string {
    const id = newId();
    this.kpis.push({
      id,
      scorecard_id: scorecardRowId,
      objective_id: objectiveRowId,
      position,
      ...kpiColumns(k),
      ...this.audit,
    });
    this.targets.push(...kpiTargetRows(id, k.targets));
    for (const v of k.values) {
      const period = periodOf(v.period);
      this.values.push({
        kpi_id: id,
        period: period.key,
        period_start: period.start,
        period_end: period.end,
        value: v.value,
        comment: v.comment,
        author: this.actor,
        updated_at: this.now,
        version: 1,
      });
    }
    return id;
  }

  addInitiative(
    scorecardRowId: string,
    objectiveRowId: string,
    x: Initiative,
    position: number,
  ): void {
    this.initiatives.push({
      id: newId(),
      scorecard_id: scorecardRowId,
      objective_id: objectiveRowId,
      position,
      ...initiativeColumns(x),
      ...this.audit,
    });
  }

  /** Resolves references and inserts every row, parents before children. */
  async write(trx: Executor): Promise<void> {
    await this.resolveStoredKeys(trx);
    const objectives = this.objectives.map(({ row, scorecardKey, objective: o }) => ({
      ...row,
      perspective_id: this.require(
        this.perspectiveIds,
        'perspective',
        path(scorecardKey, o.perspective),
      ),
      parent_id:
        o.parent === null
          ? null
          : this.require(this.objectiveIds, 'objective', path(scorecardKey, o.parent)),
      contributes_to_id:
        o.contributesTo === null
          ? null
          : this.require(
              this.objectiveIds,
              'objective',
              path(o.contributesTo.scorecard, o.contributesTo.objective),
            ),
    }));
    const links = this.links.map(({ row, scorecardKey, link }) => ({
      ...row,
      from_objective_id: this.require(
        this.objectiveIds,
        'objective',
        path(scorecardKey, link.from),
      ),
      to_objective_id: this.require(this.objectiveIds, 'objective', path(scorecardKey, link.to)),
    }));
    try {
      await insertChunked(trx, 'scorecards', this.scorecards);
      await insertChunked(trx, 'perspectives', this.perspectives);
      await insertChunked(trx, 'objectives', objectives);
      await insertChunked(trx, 'links', links);
      await insertChunked(trx, 'kpis', this.kpis);
      await insertChunked(trx, 'kpi_targets', this.targets);
      await insertValuesBulk(trx, this.values);
      await insertChunked(trx, 'initiatives', this.initiatives);
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateFrom(error);
      throw error;
    }
  }

  private require(map: Map<string, string>, entity: string, key: string): string {
    const id = map.get(key);
    if (id === undefined) throw new NotFoundError(entity, key);
    return id;
  }

  /** Keys not created in this batch must already exist in the workspace: look them up once. */
  private async resolveStoredKeys(trx: Executor): Promise<void> {
    const needsObjectives =
      this.objectives.some(
        ({ scorecardKey, objective: o }) =>
          (o.parent !== null && !this.objectiveIds.has(path(scorecardKey, o.parent))) ||
          (o.contributesTo !== null &&
            !this.objectiveIds.has(path(o.contributesTo.scorecard, o.contributesTo.objective))),
      ) ||
      this.links.some(
        ({ scorecardKey, link }) =>
          !this.objectiveIds.has(path(scorecardKey, link.from)) ||
          !this.objectiveIds.has(path(scorecardKey, link.to)),
      );
    if (needsObjectives) {
      const rows = await trx
        .selectFrom('objectives')
        .innerJoin('scorecards', 'scorecards.id', 'objectives.scorecard_id')
        .select(['objectives.id', 'objectives.key', 'scorecards.key as scorecardKey'])
        .where('scorecards.workspace_id', '=', this.workspaceId)
        .execute();
      for (const r of rows)
        if (!this.objectiveIds.has(path(r.scorecardKey, r.key)))
          this.objectiveIds.set(path(r.scorecardKey, r.key), r.id);
    }
    if (
      this.objectives.some(
        ({ scorecardKey, objective: o }) =>
          !this.perspectiveIds.has(path(scorecardKey, o.perspective)),
      )
    ) {
      const rows = await trx
        .selectFrom('perspectives')
        .innerJoin('scorecards', 'scorecards.id', 'perspectives.scorecard_id')
        .select(['perspectives.id', 'perspectives.key', 'scorecards.key as scorecardKey'])
        .where('scorecards.workspace_id', '=', this.workspaceId)
        .execute();
      for (const r of rows)
        if (!this.perspectiveIds.has(path(r.scorecardKey, r.key)))
          this.perspectiveIds.set(path(r.scorecardKey, r.key), r.id);
    }
  }
}

const TABLE_ENTITIES: Record<string, string> = {
  scorecards: 'scorecard',
  perspectives: 'perspective',
  objectives: 'objective',
  links: 'link',
  kpis: 'KPI',
  kpi_targets: 'KPI target',
  kpi_values: 'KPI value',
  initiatives: 'initiative',
};

/** Names the entity kind from the engine's message or constraint name. */
export function duplicateFrom(error: unknown): DuplicateKeyError {
  const text =
    error instanceof Error
      ? `${error.message} ${(error as { constraint?: string }).constraint ?? ''}`
      : '';
  const table = Object.keys(TABLE_ENTITIES).find((t) => new RegExp(`\\b${t}[._]`).test(text));
  const detail = error instanceof Error ? error.message : String(error);
  return new DuplicateKeyError(table ? (TABLE_ENTITIES[table] ?? 'entity') : 'entity', '', detail);
}
