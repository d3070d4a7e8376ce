import { CORE_SCHEMA, YAMLException, load } from 'js-yaml';
import { IssueCollector } from '../schema/issue-collector.ts';
import type { ParseResult } from '../schema/issues.ts';
import { locateIssues } from '../schema/locate.ts';
import { slugify } from '../schema/slug.ts';
import { collectZodIssues } from '../schema/zod-issues.ts';
import { answersSchema, type WizardAnswers } from './answers.schema.ts';

/**
 * Reads an answers file (YAML or JSON) and reports every problem the way strategy files do: code,
 * path, line, column, and a did-you-mean for misspelt keys.
 */
export function parseAnswersText(text: string): ParseResult<WizardAnswers> {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const issue = {
      code: 'SYNTAX' as const,
      path: '',
      line: error.mark.line + 1,
      column: error.mark.column + 1,
      message: `YAML syntax error: ${error.reason}`,
      hint: 'check the indentation and the quoting on this line',
    };
    return { ok: false, issues: [issue] };
  }
  return validate(data, text);
}

/** Checks answers given as data (the interactive wizard, the web form later). */
export function validateAnswers(data: unknown): ParseResult<WizardAnswers> {
  return validate(data, null);
}

function validate(data: unknown, text: string | null): ParseResult<WizardAnswers> {
  const issues = new IssueCollector();
  const parsed = answersSchema.safeParse(data ?? {});
  if (!parsed.success) {
    collectZodIssues(parsed.error, data ?? {}, answersSchema, issues);
    return { ok: false, issues: locateIssues(text, issues.issues) };
  }
  // Segment ids come from their names, so two names with one slug would collide in the map.
  const seen = new Map<string, number>();
  parsed.data.segments.forEach((segment, i) => {
    const id = slugify(segment.name);
    if (id === '') {
      issues.add('INVALID_TYPE', ['segments', i, 'name'], 'a segment name needs letters or digits');
    } else if (seen.has(id)) {
      issues.add(
        'DUPLICATE_ID',
        ['segments', i, 'name'],
        `segment "${segment.name}" has the same id "${id}" as segment ${String(seen.get(id))}`,
        'give the segments distinct names',
      );
    }
    seen.set(id, i);
  });
  if (!issues.isEmpty) return { ok: false, issues: locateIssues(text, issues.issues) };
  return { ok: true, value: parsed.data };
}
