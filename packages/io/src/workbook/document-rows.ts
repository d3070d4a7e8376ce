import * as S from './sheets.ts';

/** A strategy-file document (or a part of it) as plain data. */
export type DocObject = Record<string, unknown>;

const objects = (value: unknown): DocObject[] =>
  Array.isArray(value)
    ? value.filter((v): v is DocObject => typeof v === 'object' && v !== null)
    : [];
const object = (value: unknown): DocObject | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as DocObject)
    : null;

/** The value at a dotted header (`thresholds.green`) of a document object. */
function at(item: DocObject, header: string): unknown {
  let value: unknown = item;
  for (const key of header.split('.')) value = object(value)?.[key];
  return value;
}

/**
 * The workbook's rows, by sheet, from a strategy-file document: each row lists its cells in the
 * sheet's column order. Parent columns come from `parents`; field columns from the item.
 */
export function documentRows(
  document: DocObject,
  defaultPerspectives: readonly DocObject[],
): Map<string, unknown[][]> {
  const rows = new Map<string, unknown[][]>();
  const add = (spec: S.SheetSpec, item: DocObject, parents: Readonly<Record<string, unknown>>) => {
    const list = rows.get(spec.name) ?? [];
    list.push(
      spec.columns.map((c) => (c.role === 'parent' ? parents[c.header] : at(item, c.header))),
    );
    rows.set(spec.name, list);
  };

  for (const sc of objects(document['scorecards'])) {
    const scorecard = sc['id'];
    add(S.SCORECARDS, sc, {});
    const perspectives = Array.isArray(sc['perspectives'])
      ? objects(sc['perspectives'])
      : defaultPerspectives;
    for (const p of perspectives) add(S.PERSPECTIVES, p, { scorecard });
    for (const o of objects(sc['objectives'])) {
      add(S.OBJECTIVES, o, { scorecard });
      const objective = o['id'];
      for (const k of objects(o['kpis'])) {
        add(S.KPIS, k, { scorecard, objective });
        const kpi = k['id'];
        for (const [period, target] of Object.entries(object(k['targets']) ?? {})) {
          add(S.TARGETS, { period, target }, { scorecard, kpi });
        }
        for (const [period, entry] of Object.entries(object(k['values']) ?? {})) {
          const value = object(entry) ?? { value: entry };
          add(S.VALUES, { period, ...value }, { scorecard, kpi });
        }
      }
      for (const i of objects(o['initiatives'])) add(S.INITIATIVES, i, { scorecard, objective });
    }
    for (const l of objects(sc['links'])) add(S.LINKS, l, { scorecard });
    customerRows(object(sc['customer']), scorecard, add);
  }
  for (const [rule, setting] of Object.entries(object(object(document['lint'])?.['rules']) ?? {})) {
    const options = object(setting);
    if (options === null) add(S.LINT_RULES, { rule, level: setting }, {});
    else {
      const { level, ...rest } = options;
      add(S.LINT_RULES, { rule, level, options: rest }, {});
    }
  }
  add(S.STRATEGY, { field: 'bearing', value: document['bearing'] }, {});
  if (document['organization'] !== undefined) {
    add(S.STRATEGY, { field: 'organization', value: document['organization'] }, {});
  }
  return rows;
}

type AddRow = (spec: S.SheetSpec, item: DocObject, parents: Record<string, unknown>) => void;

function customerRows(customer: DocObject | null, scorecard: unknown, add: AddRow): void {
  if (customer === null) return;
  for (const s of objects(customer['stakeholders'])) {
    add(S.STAKEHOLDERS, s, { scorecard });
    const needs = Array.isArray(s['needs']) ? (s['needs'] as unknown[]) : [];
    for (const need of needs) add(S.NEEDS, { need }, { scorecard, stakeholder: s['id'] });
  }
  for (const s of objects(customer['segments'])) add(S.SEGMENTS, s, { scorecard });
  const proposition = object(customer['valueProposition']);
  if (proposition !== null) {
    add(S.VALUE_PROPOSITIONS, proposition, { scorecard });
    for (const a of objects(proposition['attributes'])) add(S.VALUE_ATTRIBUTES, a, { scorecard });
  }
  for (const c of objects(customer['challenges'])) {
    add(S.CHALLENGES, c, { scorecard });
    for (const h of objects(c['hypotheses'])) {
      add(S.HYPOTHESES, h, { scorecard, challenge: c['id'] });
    }
  }
}
