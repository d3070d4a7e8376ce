import { UnknownNodeError } from '@bearing/core';
import { ConflictError, InUseError, StorageError } from '@bearing/db';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { API_ERROR_STATUS, ApiError, type ApiErrorBody, type ApiErrorCode } from '../errors.ts';
import { setApiSecurityHeaders } from './security-headers.ts';
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
    if (api.code === 'UNAVAILABLE') void reply.header('retry-after', '5');
    if (api.code === 'RATE_LIMITED')
      void reply.header('retry-after', String(api.details['retryAfter']));
    return reply.status(API_ERROR_STATUS[api.code]).send(errorBodyOf(api));
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

/** Fastify's `frameworkErrors`: a bad URL or an over-long path parameter, before any hook. */
export function frameworkErrorHandler(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const api = toApiError(error);
  setApiSecurityHeaders(reply);
  void reply.status(API_ERROR_STATUS[api.code]).send(errorBodyOf(api));
}

function errorBodyOf(api: ApiError): ApiErrorBody {
  return { error: { ...api.details, code: api.code, message: api.message, path: api.path } };
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof StorageError) return fromStorage(error);
  if (error instanceof UnknownNodeError) return new ApiError('NOT_FOUND', error.message);
  if (isUnstorableText(error)) {
    return new ApiError(
      'VALIDATION',
      'a text contains a character the database cannot store (such as U+0000); remove it',
      'body',
    );
  }
  if (isBusy(error)) {
    return new ApiError(
      'UNAVAILABLE',
      'the database is busy with another write (a large import?); nothing was changed, try again in a moment',
    );
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'request';
    const where = context === 'querystring' ? 'query' : context;
    const issues = error.validation.map((v) => ({
      path: joinPath(where, v.instancePath),
      message: v.message,
    }));
    const first = issues[0];
    // A bad period anywhere in the request is INVALID_PERIOD (core's period fields mark it).
    const period = error.validation.some((v) => issueCode(v.params) === 'INVALID_PERIOD');
    return new ApiError(
      period ? 'INVALID_PERIOD' : 'VALIDATION',
      issues.map((i) => `${i.path}: ${i.message ?? 'invalid'}`).join('; '),
      first?.path ?? '',
      { issues },
    );
  }
  return fromFastify(error as FastifyError);
}

/**
 * SQLite's write lock held past the busy timeout (another process, or an import worker), or
 * PostgreSQL's lock timeout: the write did not happen and may simply be retried.
 */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === '55P03';
}

/**
 * PostgreSQL refusing a NUL or a byte sequence it cannot store. Core's text fields refuse such
 * characters first, with their path; this is the net for any text that reaches storage anyway.
 */
function isUnstorableText(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '22021' || code === '22P05';
}

/** The `code` a custom zod issue carries in its params (fastify-type-provider-zod nests them). */
function issueCode(params: unknown): unknown {
  const inner = (params as { params?: { code?: unknown } } | undefined)?.params;
  return inner?.code;
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

/**
 * Fastify's own errors (routing, body parsing, limits, content types), by their code where the
 * status alone is ambiguous, else by status. Their messages are Fastify's, made plainer where a
 * user would not understand them; none carries a stack or internals.
 */
const FASTIFY_CODES: Readonly<Record<string, readonly [ApiErrorCode, string, string | null]>> = {
  FST_ERR_BAD_URL: ['VALIDATION', 'url', 'the URL is not valid: check its percent-encoding (%XX)'],
  FST_ERR_MAX_PARAM_LENGTH: [
    'URI_TOO_LONG',
    'url',
    'a part of the path is longer than the server reads (100 characters)',
  ],
  FST_ERR_CTP_INVALID_JSON_BODY: ['VALIDATION', 'body', null],
  FST_ERR_CTP_EMPTY_JSON_BODY: [
    'VALIDATION',
    'body',
    'the body is empty but its Content-Type says JSON: send a JSON value or no Content-Type',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    'VALIDATION',
    'headers.content-length',
    'the body is not as long as its Content-Length header says',
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 'body', null],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['UNSUPPORTED_MEDIA_TYPE', 'headers.content-type', null],
  FST_ERR_CTP_INVALID_CONTENT_TYPE: ['UNSUPPORTED_MEDIA_TYPE', 'headers.content-type', null],
  FST_ERR_ASYNC_CONSTRAINT: ['VALIDATION', '', null],
};

const FASTIFY_STATUS: Readonly<Record<number, readonly [ApiErrorCode, string]>> = {
  400: ['VALIDATION', 'body'],
  /** e.g. a static file path that tries to leave the web app's directory. */
  403: ['FORBIDDEN', ''],
  404: ['NOT_FOUND', ''],
  406: ['NOT_ACCEPTABLE', 'headers.accept'],
  408: ['REQUEST_TIMEOUT', ''],
  413: ['PAYLOAD_TOO_LARGE', 'body'],
  414: ['URI_TOO_LONG', 'url'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'headers.content-type'],
  431: ['HEADERS_TOO_LARGE', 'headers'],
};

function fromFastify(error: FastifyError): ApiError {
  const known = FASTIFY_CODES[error.code];
  if (known !== undefined) {
    const [code, path, message] = known;
    return new ApiError(code, message ?? plain(error.message), path);
  }
  const byStatus = error.statusCode === undefined ? undefined : FASTIFY_STATUS[error.statusCode];
  if (byStatus === undefined) {
    return new ApiError('INTERNAL', 'internal server error; see the server log');
  }
  return new ApiError(byStatus[0], plain(error.message), byStatus[1]);
}

/** Caps a message that quotes the request (a long URL, a body) so the answer stays small. */
function plain(message: string): string {
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}

function joinPath(context: string, instancePath: string): string {
  const rest = instancePath
    .split('/')
    .filter((s) => s !== '')
    .join('.');
  return rest === '' ? context : `${context}.${rest}`;
}
