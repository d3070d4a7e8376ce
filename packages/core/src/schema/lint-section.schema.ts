import { z } from 'zod';
import { LINT_LEVELS } from '../model/lint-settings.ts';
import { enumField, textField } from './fields.ts';

/**
 * `lint:` sections. Rule ids are checked against the linter's list after the shape check, so an
 * unknown id gets a did-you-mean hint rather than a bare enum error.
 */
export const lintLevelField = enumField(LINT_LEVELS, 'a lint level');

export const ruleSettingField = z.union(
  [lintLevelField, z.looseObject({ level: lintLevelField.optional() })],
  { error: 'expected off, error, warning, info or {level, ...options}' },
);

export const strategyLintSchema = z.strictObject({
  rules: z
    .record(z.string(), ruleSettingField)
    .optional()
    .describe('Per rule: off | error | warning | info | {level, ...options}'),
});

export const objectiveLintSchema = z.strictObject({
  ignore: z.array(z.string()).min(1, { error: 'expected at least one rule id' }),
  reason: textField
    .trim()
    .min(1, { error: 'a suppression needs a reason' })
    .describe('Why the rule does not apply here; listed in the lint report'),
});
