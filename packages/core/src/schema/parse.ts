import { CORE_SCHEMA, YAMLException, load } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { Strategy } from '../model/strategy.ts';
import { buildStrategy } from './build-strategy.ts';
import { expandsPast, expansionBudget } from './expansion.ts';
import { IssueCollector } from './issue-collector.ts';
import type { FileIssue, ParseResult } from './issues.ts';
import { locateIssues } from './locate.ts';
import { PeriodCache } from './period-cache.ts';
import { strategyFileSchema } from './strategy-file.schema.ts';
import { collectZodIssues } from './zod-issues.ts';

export type StrategyFormat = 'yaml' | 'json';

/**
 * Parses a strategy file's text (YAML or JSON; `auto` decides by the first non-blank character)
 * and validates it, reporting every issue with its path, line and column.
 *
 * Loading uses js-yaml with the YAML 1.2 core schema: it is several times faster than a
 * position-keeping parser, and the core schema keeps `2026-03-15` a string (YAML 1.1 would make
 * it a Date). Positions are looked up only when there is something to report.
 */
export function parseStrategyText(
  text: string,
  format: StrategyFormat | 'auto' = 'auto',
): ParseResult<Strategy> {
  const actual = format === 'auto' ? detectFormat(text) : format;
  const loaded = actual === 'json' ? loadJson(text) : loadYaml(text);
  if (!loaded.ok) return loaded;
  return validate(loaded.value, text);
}

/** Validates an already-parsed document (e.g. a JSON body from the API). Issues carry no line. */
export function validateStrategyData(data: unknown): ParseResult<Strategy> {
  return validate(data, null);
}

function validate(data: unknown, text: string | null): ParseResult<Strategy> {
  const issues = new IssueCollector();
  const shape = strategyFileSchema.safeParse(data);
  if (!shape.success) collectZodIssues(shape.error, data, strategyFileSchema, issues);
  const strategy = buildStrategy(data, { issues, periods: new PeriodCache() });
  if (issues.isEmpty) return { ok: true, value: strategy };
  return { ok: false, issues: dedupe(locateIssues(text, issues.issues)) };
}

/** The shape check and the model check may see the same problem; report it once. */
function dedupe<T extends { path: string; code: string; message: string }>(
  issues: readonly T[],
): T[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    // A formula can hold several problems at one path; the shape check never reports those.
    const many = issue.path.endsWith('.formula') && issue.code !== 'INVALID_TYPE';
    const key = `${issue.path}\u0000${issue.code}${many ? `\u0000${issue.message}` : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function detectFormat(text: string): StrategyFormat {
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

type Loaded = { ok: true; value: unknown } | { ok: false; issues: readonly FileIssue[] };

function syntaxError(
  message: string,
  line: number | null,
  column: number | null,
  hint: string | null,
): Loaded {
  return { ok: false, issues: [{ code: 'SYNTAX', path: '', line, column, message, hint }] };
}

function loadYaml(text: string): Loaded {
  try {
    const value = load(text, { schema: CORE_SCHEMA });
    if (value === undefined || value === null) {
      return syntaxError(
        'the file is empty',
        1,
        1,
        'a strategy file starts with "bearing: 1" and a list of scorecards (bearing init writes an example)',
      );
    }
    const budget = expansionBudget(text.length);
    if (expandsPast(value, budget)) {
      return {
        ok: false,
        issues: [
          {
            code: 'TOO_LARGE',
            path: '',
            line: null,
            column: null,
            message: `the document expands to more than ${budget} values through YAML aliases (*name), more than a file of ${text.length} characters can hold`,
            hint: 'write the repeated parts out instead of repeating them with aliases',
          },
        ],
      };
    }
    return { ok: true, value };
  } catch (error) {
    if (error instanceof YAMLException) {
      return syntaxError(
        `YAML syntax error: ${error.reason}`,
        error.mark.line + 1,
        error.mark.column + 1,
        'check the indentation and the quoting on this line',
      );
    }
    throw error;
  }
}

function loadJson(text: string): Loaded {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    // Node 20's JSON.parse does not always say where; JSON is YAML, so ask the YAML parser.
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines });
    const pos = doc.errors[0]?.linePos?.[0] ?? null;
    return syntaxError(
      `JSON syntax error: ${error.message}`,
      pos?.line ?? null,
      pos?.col ?? null,
      null,
    );
  }
}
