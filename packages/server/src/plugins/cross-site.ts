import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.ts';

/**
 * Cross-site write defence, in every mode (docs/api.md, "Cross-site requests"). Any web page
 * the user visits can make the browser send a "simple" request to Bearing — a form post or a
 * no-cors fetch — without asking Bearing first, and the browser attaches the user's cookies.
 * It cannot read the answer, but a write would already have happened. So a state-changing
 * request is refused when:
 *
 * - its Origin (or, without one, its Referer) is another site's;
 * - its body is one of the three types such requests may carry (text/plain, form encodings):
 *   Bearing reads none of them, so this refuses no real client;
 * - it is a POST without a Content-Type (a body-less or untyped post) and without the
 *   `X-Bearing-Request` header, which a foreign page cannot add without a CORS preflight that
 *   Bearing never grants. The web app and the CLI send it on every request.
 *
 * JSON and YAML bodies need no header: a browser asks (preflight) before sending them to
 * another origin, and Bearing answers no preflight.
 */
export const CUSTOM_HEADER = 'x-bearing-request';

export const STATE_CHANGING: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The body types the Fetch standard lets a page send cross-site without a preflight. */
const SIMPLE_BODY_TYPES = new Set([
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
]);

/** Why the request is refused, or null when it may go on. */
export function crossSiteRefusal(request: FastifyRequest): ApiError | null {
  if (!STATE_CHANGING.has(request.method)) return null;
  const headers = request.headers;
  const host = headers.host ?? '';
  const origin = headers.origin ?? refererOrigin(headers.referer);
  if (origin !== undefined && !sameOrigin(origin, host)) {
    return refuse(
      `a page on ${origin} may not change data on this server; open Bearing itself to make this change`,
      headers.origin === undefined ? 'headers.referer' : 'headers.origin',
    );
  }
  const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (SIMPLE_BODY_TYPES.has(type)) {
    return refuse(
      `Bearing does not accept ${type} bodies, which any web site can make a browser send; send application/json (or application/yaml for a strategy file)`,
      'headers.content-type',
    );
  }
  if (request.method === 'POST' && type === '' && headers[CUSTOM_HEADER] === undefined) {
    return refuse(
      `a POST without a body type needs the header "X-Bearing-Request: 1", so that no other web site can send it`,
      `headers.${CUSTOM_HEADER}`,
    );
  }
  return null;
}

export function registerCrossSiteCheck(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const refusal = crossSiteRefusal(request);
    if (refusal === null) done();
    else done(refusal);
  });
}

/** True when the Origin names the same scheme-less authority as the Host header. */
function sameOrigin(origin: string, host: string): boolean {
  if (origin === 'null') return false;
  try {
    return new URL(origin).host === new URL(`http://${host}`).host;
  } catch {
    return false;
  }
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (referer === undefined || referer === '') return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

function refuse(message: string, path: string): ApiError {
  return new ApiError('CROSS_SITE_REQUEST', message, path);
}
