import type { FastifyRequest } from 'fastify';
import type { WriteContext } from '@bearing/db';
import { z } from 'zod';
import { ApiError } from '../errors.ts';
import { requestWriteContext } from '../plugins/write-batch.ts';
import type { RouteDeps } from '../types.ts';
import { errorBody } from './common.schema.ts';

/**
 * Optimistic concurrency for every write route: the version travels as an ETag, comes back as
 * If-Match (or a `version` body field), and a write without one is refused: no blind overwrites.
 */

/** Versions travel as ETags, so HTTP caches and `If-Match` work without custom headers. */
export const etag = (version: number) => `"${version}"`;

export const ifMatchHeaders = z.object({
  'if-match': z
    .string()
    .regex(/^(W\/)?"?\d+"?$/, 'expected the version as an ETag, e.g. "3"')
    .optional()
    .describe('the version you read, as returned in ETag'),
});

/** Deletes have no body: the version comes as If-Match or `?version=`. */
export const versionQuery = z.object({
  version: z.coerce.number().int().min(1).optional().describe('the version you read'),
});

/** If-Match or the body's `version`; both must agree; one is required (no blind overwrites). */
export function expectedVersion(ifMatch: string | undefined, version: number | undefined): number {
  const expected = optionalVersion(ifMatch, version);
  if (expected === undefined) {
    throw new ApiError(
      'VALIDATION',
      'say which version you are changing: send If-Match: "<version>" or a `version` field',
      'headers.if-match',
    );
  }
  return expected;
}

/** As `expectedVersion`, for writes where the version may be left out (value deletes). */
export function optionalVersion(
  ifMatch: string | undefined,
  version: number | undefined,
): number | undefined {
  const fromHeader = ifMatch === undefined ? undefined : Number(ifMatch.replace(/\D/g, ''));
  if (fromHeader !== undefined && version !== undefined && fromHeader !== version) {
    throw new ApiError(
      'VALIDATION',
      `If-Match says version ${fromHeader} but the request says ${version}`,
      'body.version',
    );
  }
  return fromHeader ?? version;
}

/** Who writes and when (the principal and the app's clock), tagged with the request's batch. */
export function writeContext(request: FastifyRequest, deps: RouteDeps): WriteContext {
  return requestWriteContext(request, deps.now());
}

/** Error responses of write routes, for the OpenAPI document. */
export const writeErrors = {
  400: errorBody,
  404: errorBody,
  409: errorBody.describe(
    'CONFLICT: `error.current` is the entity as it is now; DUPLICATE_KEY; IN_USE',
  ),
  422: errorBody.describe('BROKEN_REFERENCE, CYCLE, INVALID_SCALE or TOO_MANY, with `path`'),
} as const;

/** Any entity as repositories return it: its fields, `id` (its key) and `version`. */
export const entityRecord = z
  .unknown()
  .describe('the entity as the strategy file has it, with its key as `id`, and its `version`');

/** A delete answers 204 with no body. */
export const noContent = z.null().describe('no content');
