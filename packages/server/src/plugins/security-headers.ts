import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Security headers on every response (helmet), strict by default and relaxed only where a
 * page needs it:
 *
 * - API answers (JSON, exports, errors): `default-src 'none'` — nothing in them may run or load.
 * - The web app's pages and files: APP_CSP below, set by plugins/web-app.ts.
 * - The API docs page: Swagger UI's own policy (plugins/openapi.ts).
 * - Downloaded documents: DOCUMENT_CSP (their styles are inline; no script ever runs).
 *
 * Everywhere: no framing (`frame-ancestors 'none'`, X-Frame-Options DENY), no MIME sniffing,
 * the Referer only to this server, and cross-origin isolation of windows and resources. HSTS is
 * left to the TLS-terminating proxy, which knows whether the site is HTTPS-only.
 */
const directives = (policy: Record<string, readonly string[]>) =>
  Object.entries(policy)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');

export const API_CSP = directives({
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
});

/**
 * The web app: its own scripts only (Vite emits no inline script); styles inline too, because
 * Mantine writes its theme variables into a <style> element at run time; images from data: and
 * blob: URLs for the favicon and the map's PNG export; the map's layout worker is a file of its
 * own; the API on the same origin.
 */
export const APP_CSP = directives({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
});

/** A downloaded strategy document opened in a browser: its inline styles, nothing else. */
export const DOCUMENT_CSP = directives({
  'default-src': ["'none'"],
  'style-src': ["'unsafe-inline'"],
  'img-src': ['data:'],
  'frame-ancestors': ["'none'"],
  sandbox: [],
});

/** Swagger UI (/api/docs): its bundled files; it styles elements inline as it renders. */
export const DOCS_CSP = directives({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
});

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    // Our own strings (above), so one place says what each kind of response may do.
    contentSecurityPolicy: false,
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.header('content-security-policy', API_CSP);
    done();
  });
}

/** For answers written outside the hooks (Fastify's routing errors): the API's headers. */
export function setApiSecurityHeaders(reply: FastifyReply): void {
  void reply
    .header('content-security-policy', API_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .header('referrer-policy', 'same-origin');
}
