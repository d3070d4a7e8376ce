import {
  type FileIssue,
  type Strategy,
  type WizardAnswers,
  generateStrategy,
  stringifyStrategy,
  validateAnswers,
} from '@bearing/core';
import type { Executor, WriteContext } from '@bearing/db';
import { ApiError } from '../errors.ts';
import { type ImportResult, importStrategy } from './strategy.service.ts';

/**
 * The Strategy Map Wizard over the API: the same answers, checks and generator as
 * `bearing wizard --answers FILE` (core `validateAnswers`, `generateStrategy`).
 */
export function previewWizard(body: unknown): Strategy {
  return generateStrategy(checkedAnswers(body));
}

/**
 * Generates the strategy and imports it through the import service, so it is checked like any
 * imported file and saved in one transaction (all or nothing; a scorecard id the workspace
 * already has is DUPLICATE_KEY unless `replace`).
 */
export function applyWizard(
  db: Executor,
  workspace: string,
  body: unknown,
  options: WriteContext & { readonly replace: boolean },
): Promise<ImportResult> {
  const strategy = previewWizard(body);
  return importStrategy(db, workspace, stringifyStrategy(strategy, 'json'), 'json', options);
}

/**
 * The answers, or 400 VALIDATION: `path` names the first bad field (`body.segments[0].name`),
 * `issues` lists every one as the import's INVALID_STRATEGY does (paths in the answers).
 */
function checkedAnswers(body: unknown): WizardAnswers {
  const result = validateAnswers(body);
  if (result.ok) return result.value;
  const { issues } = result;
  throw new ApiError(
    'VALIDATION',
    issues.map((i) => `${bodyPath(i)}: ${i.message}`).join('; '),
    issues[0] === undefined ? 'body' : bodyPath(issues[0]),
    { issues },
  );
}

function bodyPath(issue: FileIssue): string {
  if (issue.path === '') return 'body';
  return issue.path.startsWith('[') ? `body${issue.path}` : `body.${issue.path}`;
}
