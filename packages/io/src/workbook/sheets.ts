/**
 * The strategy workbook's layout (docs/spreadsheets.md, "The strategy workbook"): one sheet per
 * kind of thing in the strategy file, one row per thing. Field columns are named after the
 * strategy file's keys (`thresholds.green` is `thresholds: {green}`), so docs/strategy-file.md
 * explains every column; `parent` columns say which scorecard, objective, KPI, stakeholder or
 * challenge a row belongs to.
 */

/** How a cell becomes a strategy-file value (and back). */
export type CellKind =
  | 'text' // as written
  | 'id' // trimmed text
  | 'number'
  | 'boolean' // TRUE/FALSE (also yes/no)
  | 'date' // YYYY-MM-DD text or a date cell
  | 'target' // a number, or `low; high` for a range KPI
  | 'list' // `; `-separated
  | 'json'; // a JSON object (lint rule options)

export interface ColumnSpec {
  /** As written in the header row; matched case-insensitively, ignoring spaces, `_`, `-`, `.`. */
  readonly header: string;
  readonly kind: CellKind;
  /** `field`: a key of the row's object in the file; `parent`: which thing the row belongs to. */
  readonly role: 'field' | 'parent';
  /** Columns without which the sheet cannot be read (reported once, not on every row). */
  readonly required?: true;
}

export interface SheetSpec {
  readonly name: string;
  /** The sheets of the contract must be there; later ones may be missing (older workbooks). */
  readonly required: boolean;
  readonly columns: readonly ColumnSpec[];
}

const field = (header: string, kind: CellKind, required?: true): ColumnSpec =>
  required ? { header, kind, role: 'field', required } : { header, kind, role: 'field' };
const parent = (header: string): ColumnSpec => ({ header, kind: 'id', role: 'parent' });
const id = field('id', 'id');
const name = field('name', 'text', true);
const scorecard = parent('scorecard');

export const SCORECARDS: SheetSpec = {
  name: 'Scorecards',
  required: true,
  columns: [
    id,
    name,
    field('description', 'text'),
    field('owner', 'text'),
    field('thresholds.green', 'number'),
    field('thresholds.amber', 'number'),
  ],
};

export const PERSPECTIVES: SheetSpec = {
  name: 'Perspectives',
  required: true,
  columns: [id, scorecard, name, field('weight', 'number')],
};

export const OBJECTIVES: SheetSpec = {
  name: 'Objectives',
  required: true,
  columns: [
    id,
    scorecard,
    name,
    field('perspective', 'id'),
    field('weight', 'number'),
    field('rollup', 'id'),
    field('owner', 'text'),
    field('description', 'text'),
    field('parent', 'id'),
    field('contributesTo', 'id'),
    field('stakeholder', 'id'),
    field('segment', 'id'),
    field('lint.ignore', 'list'),
    field('lint.reason', 'text'),
  ],
};

export const KPIS: SheetSpec = {
  name: 'KPIs',
  required: true,
  columns: [
    id,
    scorecard,
    { ...parent('objective'), required: true },
    name,
    field('description', 'text'),
    field('unit', 'text'),
    field('indicator', 'id'),
    field('optimization', 'id'),
    field('baseline', 'number'),
    field('target', 'target'),
    field('min', 'number'),
    field('max', 'number'),
    field('weight', 'number'),
    field('frequency', 'id'),
    field('aggregation', 'id'),
    field('carryForward', 'boolean'),
    field('thresholds.green', 'number'),
    field('thresholds.amber', 'number'),
    field('allowNegative', 'boolean'),
    field('owner', 'text'),
    field('formula', 'text'),
    field('segment', 'id'),
    field('outcome', 'id'),
  ],
};

/** The long shape of values files, so `bearing import` reads this sheet as a values file too. */
export const VALUES: SheetSpec = {
  name: 'Values',
  required: true,
  columns: [
    scorecard,
    { ...parent('kpi'), required: true },
    field('period', 'id', true),
    field('value', 'number', true),
    field('comment', 'text'),
  ],
};

/** Per-period targets (`targets:` of a KPI), in the same long shape as values. */
export const TARGETS: SheetSpec = {
  name: 'Targets',
  required: false,
  columns: [
    scorecard,
    { ...parent('kpi'), required: true },
    field('period', 'id', true),
    field('target', 'target', true),
  ],
};

export const LINKS: SheetSpec = {
  name: 'Links',
  required: true,
  columns: [
    field('from', 'id', true),
    field('to', 'id', true),
    scorecard,
    field('hypothesis', 'text'),
    field('lag', 'text'),
    field('evidence.cause', 'id'),
    field('evidence.effect', 'id'),
  ],
};

export const INITIATIVES: SheetSpec = {
  name: 'Initiatives',
  required: true,
  columns: [
    id,
    scorecard,
    { ...parent('objective'), required: true },
    name,
    field('description', 'text'),
    field('owner', 'text'),
    field('start', 'date'),
    field('due', 'date'),
    field('budget', 'number'),
    field('spent', 'number'),
    field('progress', 'number'),
    field('status', 'id'),
  ],
};

export const STAKEHOLDERS: SheetSpec = {
  name: 'Stakeholders',
  required: false,
  columns: [id, scorecard, name, field('kind', 'id')],
};

/** One row per need, so a need may contain any punctuation. */
export const NEEDS: SheetSpec = {
  name: 'Needs',
  required: false,
  columns: [scorecard, { ...parent('stakeholder'), required: true }, field('need', 'text', true)],
};

export const SEGMENTS: SheetSpec = {
  name: 'Segments',
  required: false,
  columns: [
    id,
    scorecard,
    name,
    field('description', 'text'),
    field('values', 'list'),
    field('targeted', 'boolean'),
  ],
};

export const VALUE_PROPOSITIONS: SheetSpec = {
  name: 'Value propositions',
  required: false,
  columns: [scorecard, field('discipline', 'id')],
};

export const VALUE_ATTRIBUTES: SheetSpec = {
  name: 'Value attributes',
  required: false,
  columns: [scorecard, field('attribute', 'id', true), field('objective', 'id')],
};

export const CHALLENGES: SheetSpec = {
  name: 'Challenges',
  required: false,
  columns: [id, scorecard, name, field('description', 'text')],
};

export const HYPOTHESES: SheetSpec = {
  name: 'Hypotheses',
  required: false,
  columns: [
    scorecard,
    { ...parent('challenge'), required: true },
    field('statement', 'text', true),
    field('objectives', 'list'),
  ],
};

/** `lint.rules`: a rule's level, and its options as JSON (`{"max": 3}`) for rules that take them. */
export const LINT_RULES: SheetSpec = {
  name: 'Lint rules',
  required: false,
  columns: [field('rule', 'id', true), field('level', 'id'), field('options', 'json')],
};

/** The file's top level: `bearing` (the format version) and `organization`, one per row. */
export const STRATEGY: SheetSpec = {
  name: 'Strategy',
  required: true,
  columns: [field('field', 'id', true), field('value', 'text')],
};

/** In the order the workbook has them. */
export const WORKBOOK_SHEETS: readonly SheetSpec[] = [
  SCORECARDS,
  PERSPECTIVES,
  OBJECTIVES,
  KPIS,
  VALUES,
  TARGETS,
  LINKS,
  INITIATIVES,
  STAKEHOLDERS,
  NEEDS,
  SEGMENTS,
  VALUE_PROPOSITIONS,
  VALUE_ATTRIBUTES,
  CHALLENGES,
  HYPOTHESES,
  LINT_RULES,
  STRATEGY,
];

/** Headers match ignoring case, spaces, `_`, `-` and `.`: `Carry forward` is `carryForward`. */
export const normalizeName = (text: string): string => text.toLowerCase().replace(/[\s_.-]+/g, '');
