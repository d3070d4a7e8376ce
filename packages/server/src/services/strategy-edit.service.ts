import {
  DEFAULT_PERSPECTIVES,
  type FileIssue,
  type Strategy,
  formatPath,
  toStrategyDocument,
  validateStrategyData,
} from '@bearing/core';
import { ConflictError, type Executor, lockWorkspace } from '@bearing/db';
import { ApiError, type ApiErrorCode } from '../errors.ts';
import { addFormulaScope } from './formula-scope.ts';
import { type CheckScope, loadScope } from './strategy-scope.ts';

/**
 * Domain checks for single-entity writes, by reuse rather than re-implementation: the service
 * turns the workspace into its strategy-file document, applies the request to it, and validates
 * the would-be file with the file's own parser. References, cycles, KPI scales, duplicate ids and
 * limits are therefore checked exactly as `bearing validate` checks them, and the built model
 * gives the entity with every default filled in, ready for the repository.
 */

type Node = Record<string, unknown>;
type Path = readonly (string | number)[];

/** A node of the document and where it sits. */
export interface Located {
  readonly index: number;
  readonly node: Node;
  readonly path: Path;
}

export interface EditResult {
  /** The edited (or added) entity's place, so its issues map to `body.<field>`. */
  readonly at: Path;
  /** The request field to blame for an issue found elsewhere (a cycle closes at another node). */
  readonly blame?: string;
  /** Where the request holds the entity's fields: `body` for a single-entity route (default). */
  readonly field?: string;
}

/** The workspace as a strategy-file document that an edit may change in place (a fresh copy). */
export class StrategyDraft {
  constructor(readonly doc: Node) {}

  scorecard(key: string): Located {
    return find(this.list(this.doc, 'scorecards'), key, ['scorecards'], 'scorecard', 'params.id');
  }

  /** A child by id, e.g. an objective of a scorecard; 404 with `param` when there is none. */
  child(parent: Located, field: string, id: string, what: string, param: string): Located {
    return find(this.list(parent.node, field), id, [...parent.path, field], what, param);
  }

  /** The parent's list (created when the file left it out); perspectives start from the four. */
  list(parent: Node, field: string): Node[] {
    let list = parent[field] as Node[] | undefined;
    if (list === undefined) {
      list = field === 'perspectives' ? DEFAULT_PERSPECTIVES.map((p) => ({ ...p })) : [];
      parent[field] = list;
    }
    return list;
  }

  /** Appends a node and says where it went. */
  append(parent: Located | null, field: string, node: Node): Located {
    const list = this.list(parent === null ? this.doc : parent.node, field);
    list.push({ ...node });
    const index = list.length - 1;
    return { index, node: list[index]!, path: [...(parent?.path ?? []), field, index] };
  }
}

function find(list: Node[], id: string, path: Path, what: string, param: string): Located {
  const index = list.findIndex((n) => n.id === id);
  if (index < 0) throw new ApiError('NOT_FOUND', `${what} "${id}" does not exist`, param);
  return { index, node: list[index]!, path: [...path, index] };
}

/** Applies a patch to a document node: undefined keeps a field, null removes it (the default). */
export function patchNode(node: Node, patch: object): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) Reflect.deleteProperty(node, key);
    else if (value !== undefined) node[key] = value;
  }
}

/**
 * Loads what the write can affect (`scope`), applies `edit` to it as a document and validates the result; throws the
 * first issue (the edited entity's first) as the API error, with every issue in `issues`.
 * Run it inside the write's transaction, before any read: the check and the write then see the
 * same data, and no other checked write of the workspace runs in between.
 */
export async function checkEdit(
  trx: Executor,
  workspace: string,
  scope: CheckScope,
  edit: (draft: StrategyDraft) => EditResult | readonly EditResult[],
): Promise<Strategy> {
  // Checks and writes of one workspace take turns, so two moves cannot together close a cycle.
  await lockWorkspace(trx, workspace);
  const draft = new StrategyDraft(toStrategyDocument(await loadScope(trx, workspace, scope)));
  const result = edit(draft);
  await addFormulaScope(trx, workspace, draft, scope.scorecard);
  const checked = validateStrategyData(draft.doc);
  if (checked.ok) return checked.value;
  throw issuesError(checked.issues, Array.isArray(result) ? result : [result as EditResult]);
}

/** Codes of the file's issues as the API's catalog has them. */
const ISSUE_CODES: Readonly<Partial<Record<FileIssue['code'], ApiErrorCode>>> = {
  DUPLICATE_ID: 'DUPLICATE_KEY',
  BROKEN_REFERENCE: 'BROKEN_REFERENCE',
  CYCLE: 'CYCLE',
  INVALID_SCALE: 'INVALID_SCALE',
  TOO_MANY: 'TOO_MANY',
  INVALID_PERIOD: 'INVALID_PERIOD',
  FORMULA: 'FORMULA',
};

/**
 * The first issue of the first edit that has one, mapped to that edit's fields; an issue found
 * elsewhere (a cycle closes at another node) is blamed on the first edit.
 */
function issuesError(issues: readonly FileIssue[], results: readonly EditResult[]): ApiError {
  for (const result of results) {
    const prefix = formatPath(result.at);
    const local = (i: FileIssue) => i.path === prefix || /^[.[]/.test(i.path.slice(prefix.length));
    const first = issues.find((i) => i.path.startsWith(prefix) && local(i));
    if (first !== undefined) {
      return issueError(
        first,
        `${result.field ?? 'body'}${first.path.slice(prefix.length)}`,
        issues,
      );
    }
  }
  const first = issues[0]!;
  const result = results[0];
  const field = result?.field ?? 'body';
  // A clash may be reported at the entity that already had the id: blame the new one's id.
  const path = first.code === 'DUPLICATE_ID' ? `${field}.id` : (result?.blame ?? field);
  return issueError(first, path, issues);
}

function issueError(issue: FileIssue, path: string, issues: readonly FileIssue[]): ApiError {
  const code = ISSUE_CODES[issue.code] ?? 'VALIDATION';
  const message = issue.hint === null ? issue.message : `${issue.message}; ${issue.hint}`;
  return new ApiError(code, message, path, { issues });
}

/** Refuses a stale write before any check runs, so the client sees the conflict first. */
export function checkVersion(
  entity: string,
  key: string,
  current: { readonly version: number },
  expected: number,
): void {
  if (current.version !== expected) throw new ConflictError(entity, key, expected, current);
}

/** A copy without some keys: the model's nested lists never travel in a field patch. */
export function without<T extends object, K extends keyof T & string>(
  value: T,
  ...keys: K[]
): Omit<T, K> {
  const drop = new Set<string>(keys);
  return Object.fromEntries(Object.entries(value).filter(([k]) => !drop.has(k))) as Omit<T, K>;
}
