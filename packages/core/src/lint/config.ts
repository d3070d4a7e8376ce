import type { LintLevel, RuleSetting } from '../model/lint-settings.ts';
import type { Strategy } from '../model/strategy.ts';
import type { LintConfig, Rule, Severity } from './types.ts';

/** How one rule runs after configuration: off, or at a level with its options. */
export type ResolvedRule =
  | { readonly enabled: false }
  | {
      readonly enabled: true;
      readonly severity: Severity;
      readonly options: Record<string, unknown>;
    };

/**
 * Workspace configuration first, then the strategy file's `lint:` section over it: the file is
 * closer to the strategy it describes. Options merge; a level replaces.
 */
export function resolveRule(
  rule: Rule,
  config: LintConfig | undefined,
  strategy: Strategy,
): ResolvedRule {
  let level: LintLevel = rule.severity;
  let options: Record<string, unknown> = {};
  for (const setting of [config?.rules?.[rule.id], strategy.lint?.rules[rule.id]]) {
    if (setting === undefined) continue;
    const parsed = parseSetting(setting);
    if (parsed.level !== null) level = parsed.level;
    options = { ...options, ...parsed.options };
  }
  return level === 'off' ? { enabled: false } : { enabled: true, severity: level, options };
}

function parseSetting(setting: RuleSetting): {
  level: LintLevel | null;
  options: Record<string, unknown>;
} {
  if (typeof setting === 'string') return { level: setting, options: {} };
  const { level, ...options } = setting;
  return { level: level ?? null, options };
}
