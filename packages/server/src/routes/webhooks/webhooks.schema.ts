import { z } from 'zod';
import { errorBody, workspaceParams } from '../common.schema.ts';

export const webhookParams = workspaceParams.extend({
  id: z.string().min(1).max(100).describe('the webhook id'),
});

export const webhookErrors = {
  400: errorBody.describe('VALIDATION: e.g. a URL that is not http:// or https:// (body.url)'),
  404: errorBody.describe('NOT_FOUND: no such workspace, or no webhook with this id in it'),
} as const;
