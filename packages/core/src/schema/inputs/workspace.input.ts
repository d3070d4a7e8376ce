import { z } from 'zod';
import { idField, nameField, textField } from '../fields.ts';
import { strategyLintSchema } from '../lint-section.schema.ts';
import { versionField } from './common.input.ts';

export const createWorkspaceInput = z.strictObject({
  key: idField.describe('the workspace key used in URLs'),
  name: nameField,
  organization: textField.nullable().default(null),
});
export type CreateWorkspaceInput = z.output<typeof createWorkspaceInput>;

export const updateWorkspaceInput = z
  .strictObject({
    version: versionField.optional(),
    name: nameField.optional(),
    organization: textField.nullable().optional(),
    lint: strategyLintSchema
      .nullable()
      .optional()
      .describe("the workspace's lint settings (rules off or re-levelled); null removes them"),
  })
  .describe('only the fields to change');
export type UpdateWorkspaceInput = z.output<typeof updateWorkspaceInput>;
