import type { z } from 'zod';
import { closest } from './closest.ts';
import type { IssueCollector, PathSegments } from './issue-collector.ts';
import { isObject } from './raw.ts';

/** Turns zod's issues into located, explained file issues. */
export function collectZodIssues(
  error: z.ZodError,
  data: unknown,
  schema: z.ZodType,
  issues: IssueCollector,
): void {
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      for (const key of issue.keys) {
        const guess = closest(key, known);
        issues.add(
          'UNKNOWN_KEY',
          [...path, key],
          `unknown key "${key}"`,
          guess === null ? `expected one of: ${known.join(', ')}` : `did you mean "${guess}"?`,
          true,
        );
      }
      continue;
    }
    const actual = valueAt(data, path);
    if (actual === undefined) {
      issues.add('REQUIRED', path, `missing ${describeField(path)}: ${issue.message}`);
      continue;
    }
    issues.add('INVALID_TYPE', path, `${issue.message}, got ${describeValue(actual)}`);
  }
}

function describeField(path: PathSegments): string {
  const last = path[path.length - 1];
  return typeof last === 'string' ? `required field "${last}"` : 'a required item';
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value} ${String(value)}`;
  return typeof value;
}

function valueAt(data: unknown, path: PathSegments): unknown {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isObject(node) && typeof segment === 'string') node = node[segment];
    else return undefined;
  }
  return node;
}

/** The keys the schema allows at `path`, for "did you mean" hints. */
function knownKeys(schema: z.ZodType, path: PathSegments): string[] {
  let node: unknown = schema;
  for (const segment of [...path, null]) {
    for (let guard = 0; guard < 10; guard++) {
      const def = (
        node as {
          def?: {
            type?: string;
            innerType?: unknown;
            in?: unknown;
            element?: unknown;
            valueType?: unknown;
            shape?: Record<string, unknown>;
          };
        }
      ).def;
      if (def === undefined) return [];
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
        node = def.innerType;
      else if (def.type === 'pipe') node = def.in;
      else break;
    }
    const def = (
      node as {
        def: {
          type: string;
          element?: unknown;
          valueType?: unknown;
          shape?: Record<string, unknown>;
        };
      }
    ).def;
    if (segment === null) return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    if (def.type === 'object' && def.shape && typeof segment === 'string')
      node = def.shape[segment];
    else if (def.type === 'array' && typeof segment === 'number') node = def.element;
    else if (def.type === 'record') node = def.valueType;
    else return [];
    if (node === undefined) return [];
  }
  return [];
}
