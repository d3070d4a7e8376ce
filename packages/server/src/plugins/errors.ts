import { UnknownNodeError } from '@bearing/core';
import { ConflictError, InUseError, StorageError } from '@bearing/db';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { API_ERROR_STATUS, ApiError, type ApiErrorBody, type ApiErrorCode } from '../errors.ts';
import type { PageFallback } from './web-app.ts';

/**
 * The one place that turns errors into responses: every failure leaves the server as
 * `{error: {code, message, path, …}}` with the status the catalog (errors.ts) gives its code.
 * Anything unrecognised is a bug: logged with its stack, answered as INTERNAL without details.
 * `pageFallback` (the web app's) may answer a GET no route matched before the JSON 404 does.
 */
export function registerErrorHandler(app: FastifyInstance, pageFallback?: PageFallback): void {
  app.setErrorHandler((error, request, reply) => {
    const api = toApiError(error);
    if (api.code === 'INTERNAL') request.log.error({ err: error }, 'unhandled error');
    const body: ApiErrorBody = {
      error: { ...api.details, code: api.code, message: api.message, path: api.path },
    };
    return reply.status(API_ERROR_STATUS[api.code]).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    // The web app's deep links (index.html); never under /api/, which keeps the JSON 404.
    const page = pageFallback?.(request, reply);
    if (page !== undefined) return page;
    const body: ApiErrorBody = {
      error: {
        code: 'NOT_FOUND',
        message: `no route ${request.method} ${request.url.split('?')[0] ?? ''}; see /api/docs`,
        path: '',
      },
    };
    return reply.status(404).send(body);
  });
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof StorageError) return fromStorage(error);
  if (error instanceof UnknownNodeError) return new ApiError('NOT_FOUND', error.message);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'request';
    const where = context === 'querystring' ? 'query' : context;
    const issues = error.validation.map((v) => ({
      path: joinPath(where, v.instancePath),
      message: v.message,
    }));
    const first = issues[0];
    return new ApiError(
      'VALIDATION',
      issues.map((i) => `${i.path}: ${i.message ?? 'invalid'}`).join('; '),
      first?.path ?? '',
      { issues },
    );
  }
  return fromFastify(error as FastifyError);
}

function fromStorage(error: StorageError): ApiError {
  if (error instanceof ConflictError) {
    return new ApiError('CONFLICT', error.message, '', { current: error.current });
  }
  if (error instanceof InUseError) {
    return new ApiError('IN_USE', error.message, '', { usedBy: error.usedBy });
  }
  return new ApiError(error.code, error.message);
}

/** Fastify's own errors (body parsing, limits, content types) carry a status code. */
const FASTIFY_STATUS: Readonly<Record<number, ApiErrorCode>> = {
  400: 'VALIDATION',
  /** e.g. a static file path that tries to leave the web app's directory. */
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  406: 'NOT_ACCEPTABLE',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

function fromFastify(error: FastifyError): ApiError {
  const code = error.statusCode === undefined ? undefined : FASTIFY_STATUS[error.statusCode];
  if (code === undefined)
    return new ApiError('INTERNAL', 'internal server error; see the server log');
  return new ApiError(code, error.message, code === 'VALIDATION' ? 'body' : '');
}

function joinPath(context: string, instancePath: string): string {
  const rest = instancePath
    .split('/')
    .filter((s) => s !== '')
    .join('.');
  return rest === '' ? context : `${context}.${rest}`;
}
