import { closest } from '@bearing/core';
import { cellText } from './cell-convert.ts';
import { assembleCustomer } from './assemble-customer.ts';
import { Assembly, keyOf, type Entry } from './assembly.ts';
import type { SheetRow, WorkbookSheets } from './read-sheets.ts';
import * as S from './sheets.ts';
import { SHEET_PLACE, workbookIssue } from './workbook-issue.ts';

/**
 * The strategy-file document the workbook's sheets describe, with where each part came from.
 * Rows are nested under the scorecard, objective or KPI they name; rows that name none are
 * problems here, everything else is left to the strategy file's own validation.
 */
export function assembleDocument(sheets: WorkbookSheets): Assembly {
  const a = new Assembly();
  const rows = (spec: S.SheetSpec): readonly SheetRow[] => sheets.get(spec.name) ?? [];
  a.locations.set([], SHEET_PLACE(S.STRATEGY.name));
  a.locations.set(['scorecards'], SHEET_PLACE(S.SCORECARDS.name));
  strategyFields(a, rows(S.STRATEGY));
  const root: Entry = { doc: a.document, path: [] };
  for (const row of rows(S.SCORECARDS)) {
    const list = a.document['scorecards'] as unknown[];
    const path = ['scorecards', list.length];
    const doc = a.fields(row, S.SCORECARDS, path);
    list.push(doc);
    a.scorecards.push({
      doc,
      path,
      key: keyOf(doc),
      objectives: new Map(),
      kpis: new Map(),
      stakeholders: new Map(),
      challenges: new Map(),
    });
  }
  for (const row of rows(S.PERSPECTIVES)) {
    const sc = a.scorecardOf(row);
    if (sc) a.addRow(sc, 'perspectives', row, S.PERSPECTIVES);
  }
  for (const row of rows(S.OBJECTIVES)) {
    const sc = a.scorecardOf(row);
    if (!sc) {
      a.drop(row, 'objective');
      continue;
    }
    const objective = a.addRow(sc, 'objectives', row, S.OBJECTIVES);
    claim(sc.objectives, objective);
  }
  for (const row of rows(S.KPIS)) {
    const sc = a.scorecardOf(row);
    const objective = sc && a.parentOf(row, 'objective', 'objective', sc, sc.objectives);
    if (!objective) {
      a.drop(row, 'kpi');
      continue;
    }
    claim(sc.kpis, a.addRow(objective, 'kpis', row, S.KPIS));
  }
  for (const row of rows(S.INITIATIVES)) {
    const sc = a.scorecardOf(row);
    const objective = sc && a.parentOf(row, 'objective', 'objective', sc, sc.objectives);
    if (objective) a.addRow(objective, 'initiatives', row, S.INITIATIVES);
  }
  periodRows(a, rows(S.VALUES), 'values');
  periodRows(a, rows(S.TARGETS), 'targets');
  for (const row of rows(S.LINKS)) {
    const sc = a.scorecardOf(row);
    if (sc) a.addRow(sc, 'links', row, S.LINKS);
  }
  assembleCustomer(a, rows);
  lintRules(a, root, rows(S.LINT_RULES));
  return a;
}

/** The first row with an id wins; the strategy file's validation reports the duplicate. */
function claim(scope: Map<string, Entry>, entry: Entry): void {
  const key = keyOf(entry.doc);
  if (!scope.has(key)) scope.set(key, entry);
}

/**
 * Values and Targets: one row per KPI and period, into `values[period]` (`{value, comment}`) or
 * `targets[period]`. A bad period key is shown at the period cell, a bad number at its own.
 */
function periodRows(a: Assembly, rows: readonly SheetRow[], key: 'values' | 'targets'): void {
  const spec = key === 'values' ? S.VALUES : S.TARGETS;
  const seen = new Map<string, number>();
  for (const row of rows) {
    const sc = a.scorecardOf(row);
    const kpi = sc && a.parentOf(row, 'kpi', 'KPI', sc, sc.kpis);
    if (!kpi) continue;
    const periodCell = row.cells.get('period');
    const period = periodCell === undefined ? '' : cellText(periodCell.cell).trim();
    const periodPlace = a.placeOf(row, 'period');
    if (period === '') {
      a.issues.push(workbookIssue('REQUIRED', periodPlace, 'expected a period such as 2026-03'));
      continue;
    }
    const id = `${sc.key}/${keyOf(kpi.doc)}/${period}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      a.issues.push(
        workbookIssue(
          'DUPLICATE_VALUE',
          periodPlace,
          `KPI "${keyOf(kpi.doc)}" has period ${period} on row ${earlier} already`,
          'keep one row per KPI and period',
        ),
      );
      continue;
    }
    seen.set(id, row.place.row ?? 0);
    const path = [...kpi.path, key, period];
    const entry = a.fields(row, spec, path);
    delete entry['period'];
    const value = entry['value'];
    if (key === 'values' && value !== undefined && typeof value !== 'number') {
      const place = a.placeOf(row, 'value');
      a.issues.push(
        workbookIssue('INVALID_TYPE', place, `expected a number, got ${JSON.stringify(value)}`),
      );
      continue;
    }
    const periods = (kpi.doc[key] ??= {}) as Record<string, unknown>;
    periods[period] = key === 'values' ? entry : entry['target'];
    // A bad number and a bad period key are both reported at `values[period]`.
    const cell = row.cells.get(key === 'values' ? 'value' : 'target');
    a.locations.set(
      path,
      a.placeOf(row, key === 'values' ? 'value' : 'target'),
      cell ? cellText(cell.cell) : null,
    );
    a.locations.set(path, periodPlace, period, 'INVALID_PERIOD');
  }
}

/** The Strategy sheet: `bearing` (the format version) and `organization`, one field per row. */
function strategyFields(a: Assembly, rows: readonly SheetRow[]): void {
  const fields = ['bearing', 'organization'];
  for (const row of rows) {
    const name = a.refOf(row, 'field') ?? '';
    const field = fields.find((f) => f === name.toLowerCase());
    const valuePlace = a.placeOf(row, 'value');
    if (field === undefined) {
      const near = closest(name, fields);
      a.issues.push(
        workbookIssue(
          'UNKNOWN_KEY',
          a.placeOf(row, 'field'),
          `unknown field "${name}"${near === null ? '' : ` (did you mean "${near}"?)`}`,
          'the Strategy sheet has the fields bearing (the format version, 1) and organization',
        ),
      );
      continue;
    }
    const cell = row.cells.get('value')?.cell ?? null;
    const text = cell === null ? '' : cellText(cell);
    a.locations.set([field], valuePlace, text);
    if (cell === null) continue;
    a.document[field] = field === 'bearing' && /^\s*\d+\s*$/.test(text) ? Number(text) : text;
  }
}

/** `lint.rules`: a level alone is the level; with options it is `{level, ...options}`. */
function lintRules(a: Assembly, root: Entry, rows: readonly SheetRow[]): void {
  for (const row of rows) {
    const rule = a.refOf(row, 'rule');
    if (rule === null) {
      a.issues.push(workbookIssue('REQUIRED', a.placeOf(row, 'rule'), 'expected a lint rule id'));
      continue;
    }
    const path = ['lint', 'rules', rule];
    const fields = a.fields(row, S.LINT_RULES, path);
    a.locations.set(path, a.placeOf(row, 'level'));
    const rules = ((root.doc['lint'] ??= { rules: {} }) as { rules: Record<string, unknown> })
      .rules;
    if (rule in rules) {
      a.issues.push(
        workbookIssue('DUPLICATE_ID', a.placeOf(row, 'rule'), `rule "${rule}" is listed twice`),
      );
      continue;
    }
    const level = fields['level'];
    const options = fields['options'] as Record<string, unknown> | undefined;
    rules[rule] =
      options === undefined
        ? (level ?? '')
        : { ...(level === undefined ? {} : { level }), ...options };
  }
}
