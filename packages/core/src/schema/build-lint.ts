import type {
  ObjectiveLintSuppression,
  RuleSetting,
  StrategyLintSettings,
} from '../model/lint-settings.ts';
import { LINT_LEVELS } from '../model/lint-settings.ts';
import { RULE_IDS, isRuleId } from '../lint/rule-ids.ts';
import type { BuildContext } from './build-kpi.ts';
import { closest } from './closest.ts';
import type { PathSegments } from './issue-collector.ts';
import { isObject, objectsOf, str } from './raw.ts';

/** The strategy's `lint:` section; an unknown rule id is an error with a did-you-mean hint. */
export function buildStrategyLint(
  raw: unknown,
  path: PathSegments,
  ctx: BuildContext,
): StrategyLintSettings | null {
  if (!isObject(raw)) return null;
  const rules: Record<string, RuleSetting> = {};
  const record = raw['rules'];
  if (isObject(record)) {
    for (const [id, setting] of Object.entries(record)) {
      if (!checkRuleId(id, [...path, 'rules', id], ctx, true)) continue;
      if (typeof setting === 'string' && (LINT_LEVELS as readonly string[]).includes(setting)) {
        rules[id] = setting as RuleSetting;
      } else if (isObject(setting)) {
        rules[id] = { ...setting };
      }
    }
  }
  return { rules };
}

/** An objective's `lint: {ignore, reason}`. */
export function buildObjectiveLint(
  raw: unknown,
  path: PathSegments,
  ctx: BuildContext,
): ObjectiveLintSuppression | null {
  if (!isObject(raw)) return null;
  const ignore = objectsOf(raw['ignore']).flatMap((id, i) =>
    typeof id === 'string' && checkRuleId(id, [...path, 'ignore', i], ctx, false) ? [id] : [],
  );
  return { ignore, reason: (str(raw, 'reason') ?? '').trim() };
}

function checkRuleId(id: string, path: PathSegments, ctx: BuildContext, atKey: boolean): boolean {
  if (isRuleId(id)) return true;
  const guess = closest(id, RULE_IDS);
  ctx.issues.add(
    'BROKEN_REFERENCE',
    path,
    `no lint rule "${id}"`,
    guess === null ? 'see docs/linting.md for the rule ids' : `did you mean "${guess}"?`,
    atKey,
  );
  return false;
}
