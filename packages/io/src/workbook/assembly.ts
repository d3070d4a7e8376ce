import { closest, slugify } from '@bearing/core';
import { cellText, convertCell } from './cell-convert.ts';
import type { DocObject } from './document-rows.ts';
import { Locations } from './locations.ts';
import type { SheetRow } from './read-sheets.ts';
import type { SheetSpec } from './sheets.ts';
import { workbookIssue, type WorkbookIssue, type WorkbookPlace } from './workbook-issue.ts';

export type Segments = (string | number)[];

/** A thing of the document that rows of another sheet can belong to. */
export interface Entry {
  readonly doc: DocObject;
  readonly path: Segments;
}

/** A scorecard with the things of it that other sheets refer to by id. */
export interface ScorecardEntry extends Entry {
  readonly key: string;
  readonly objectives: Map<string, Entry>;
  readonly kpis: Map<string, Entry>;
  readonly stakeholders: Map<string, Entry>;
  readonly challenges: Map<string, Entry>;
}

/**
 * The document being built from the sheets, with where each part came from and the problems of
 * the workbook's structure (rows that belong to nothing).
 */
export class Assembly {
  readonly document: DocObject = { scorecards: [] };
  readonly locations = new Locations();
  readonly issues: WorkbookIssue[] = [];
  readonly scorecards: ScorecardEntry[] = [];
  /**
   * Things refused for a bad parent (`objective:quality`): rows that belong to them are not
   * reported a second time, so one typo gives one problem.
   */
  readonly dropped = new Set<string>();

  /** Notes that the row's thing (of `kind`: objective, kpi …) was refused for its parent. */
  drop(row: SheetRow, kind: string): void {
    const id = this.refOf(row, 'id');
    const name = this.refOf(row, 'name');
    const key = id ?? (name === null ? null : slugify(name));
    if (key !== null) this.dropped.add(`${kind}:${key}`);
  }

  /**
   * The row's field columns as an object at `path`, each column's place recorded, even for an
   * empty cell (so "name is required" points at the empty name cell).
   */
  fields(row: SheetRow, spec: SheetSpec, path: Segments): DocObject {
    const out: DocObject = {};
    this.locations.set(path, row.place);
    for (const column of spec.columns) {
      if (column.role !== 'field') continue;
      const keys = column.header.split('.');
      const placed = row.cells.get(column.header);
      const content = placed === undefined ? null : cellText(placed.cell);
      this.locations.set([...path, ...keys], this.placeOf(row, column.header), content);
      if (placed === undefined) continue;
      const converted = convertCell(placed.cell, column.kind);
      if (!converted.ok) {
        this.issues.push(workbookIssue('INVALID_TYPE', placed.place, converted.message));
        continue;
      }
      setPath(out, keys, converted.value);
    }
    return out;
  }

  /** The row as a new item of the list at `key` of `parent` (the list created when missing). */
  addRow(parent: Entry, key: string, row: SheetRow, spec: SheetSpec): Entry {
    const list = (parent.doc[key] ??= []) as unknown[];
    const path = [...parent.path, key, list.length];
    const doc = this.fields(row, spec, path);
    list.push(doc);
    return { doc, path };
  }

  /** The cell of a column in a row, blank or not; the row when the sheet lacks the column. */
  placeOf(row: SheetRow, header: string): WorkbookPlace {
    const placed = row.cells.get(header);
    if (placed !== undefined) return placed.place;
    const column = row.columns.get(header);
    if (column === undefined) return row.place;
    return { ...row.place, column: column.index, header: column.header };
  }

  /** A reference cell's id (trimmed), or null when blank. */
  refOf(row: SheetRow, header: string): string | null {
    const placed = row.cells.get(header);
    const text = placed === undefined ? '' : cellText(placed.cell).trim();
    return text === '' ? null : text;
  }

  /** The scorecard a row belongs to: its `scorecard` cell, or the only scorecard there is. */
  scorecardOf(row: SheetRow): ScorecardEntry | null {
    const id = this.refOf(row, 'scorecard');
    if (id === null) {
      if (this.scorecards.length === 1) return this.scorecards[0]!;
      this.issues.push(
        workbookIssue(
          'REQUIRED',
          this.placeOf(row, 'scorecard'),
          this.scorecards.length === 0
            ? 'the Scorecards sheet has no scorecard for this row to belong to'
            : `which scorecard? give a scorecard id (${this.scorecards.map((s) => s.key).join(', ')})`,
        ),
      );
      return null;
    }
    const found = this.scorecards.find((s) => s.key === id);
    if (found === undefined) {
      const candidates = this.scorecards.map((s) => s.key);
      this.unknown(row, 'scorecard', `scorecard "${id}"`, id, candidates);
    }
    return found ?? null;
  }

  /** The thing a parent column names (an objective, KPI, stakeholder, challenge) in `scope`. */
  parentOf(
    row: SheetRow,
    header: string,
    what: string,
    scorecard: ScorecardEntry,
    scope: ReadonlyMap<string, Entry>,
  ): Entry | null {
    const id = this.refOf(row, header);
    if (id === null) {
      this.issues.push(
        workbookIssue('REQUIRED', this.placeOf(row, header), `expected the id of a ${what}`),
      );
      return null;
    }
    const found = scope.get(id);
    if (found === undefined && !this.dropped.has(`${header}:${id}`)) {
      const described = `${what} "${id}" in scorecard "${scorecard.key}"`;
      this.unknown(row, header, described, id, [...scope.keys()]);
    }
    return found ?? null;
  }

  private unknown(
    row: SheetRow,
    header: string,
    described: string,
    id: string,
    candidates: readonly string[],
  ): void {
    const near = closest(id, candidates);
    this.issues.push(
      workbookIssue(
        'BROKEN_REFERENCE',
        this.placeOf(row, header),
        `unknown ${described}${near === null ? '' : ` (did you mean "${near}"?)`}`,
      ),
    );
  }
}

/** The id a row's thing has: its id cell, else (as in the file) the slug of its name. */
export function keyOf(item: DocObject): string {
  const id = item['id'];
  if (typeof id === 'string' && id !== '') return id;
  const name = item['name'];
  return typeof name === 'string' ? slugify(name) : '';
}

function setPath(target: DocObject, keys: readonly string[], value: unknown): void {
  let node = target;
  keys.slice(0, -1).forEach((key) => {
    node = (node[key] ??= {}) as DocObject;
  });
  node[keys[keys.length - 1]!] = value;
}
