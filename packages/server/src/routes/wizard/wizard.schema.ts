import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { answersSchema } from '@bearing/core';
import { z } from 'zod';
import { errorBody } from '../common.schema.ts';

/**
 * The wizard's answers, as in an answers file (docs/customer.md). Shown in the OpenAPI document
 * from core's schema, but checked in the handler by core's `validateAnswers` (see
 * `answersChecksInHandler`), which also refuses segment names with one slug.
 */
export const answersBody = answersSchema.describe(
  'the wizard answers: organization, sector, valueDiscipline, segments[{name, description, values}], partners[], otherStakeholders[], challenge, outcomes[] (docs/customer.md)',
);

/**
 * Validates params and query with their zod schemas as usual, and lets the body through: the
 * service checks it with `validateAnswers`, so an invalid answer gets the wizard's own issues
 * (code, path in the answers, message, hint), listed as the import lists a file's.
 */
export function answersChecksInHandler<T>(
  route: Parameters<FastifySchemaCompiler<T>>[0],
): ReturnType<FastifySchemaCompiler<T>> {
  if (route.httpPart === 'body') return (data: unknown) => ({ value: data });
  // Fastify types `schema` as the whole route schema; at run time it is this part's zod schema.
  return validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]);
}

export const wizardResponse = z.object({
  scorecards: z.array(z.string()).describe('ids of the created scorecards (the wizard makes one)'),
  replaced: z.number().int().describe('scorecards deleted first because of replace=true'),
});

export const answersErrors = {
  400: errorBody.describe(
    'VALIDATION: `error.path` is the first bad field (`body.segments[0].name`); `error.issues` lists every issue',
  ),
} as const;
