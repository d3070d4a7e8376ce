import { statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../types.ts';
import { APP_CSP } from './security-headers.ts';

/**
 * Serving the web app (the React SPA that Vite builds into packages/web/dist) from the same
 * origin as the API, so `bearing serve` is the whole product on one port and the app needs no
 * CORS. Files come from the build directory; a GET that is not under /api/ and matches no file
 * gets index.html (the SPA's router takes over, so deep links such as
 * /w/default/s/acme/map?period=2026-06 survive a reload). Unknown /api/ paths keep the JSON 404.
 */
export interface WebApp {
  /** The directory served (absolute). */
  readonly root: string;
  /** False when the directory has no index.html: GET / then says how to build it. */
  readonly built: boolean;
}

/** Vite names every file under assets/ by its content hash: a new build means new names. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** index.html and unhashed files: revalidate on every use, so a new build shows at once. */
export const PAGE_CACHE_CONTROL = 'no-cache';

/** Answers a request no route matched, or returns undefined to let the JSON 404 answer it. */
export type PageFallback = (
  request: FastifyRequest,
  reply: FastifyReply,
) => FastifyReply | undefined;

export function findWebApp(webRoot: string | undefined): WebApp | undefined {
  if (webRoot === undefined) return undefined;
  const root = resolve(webRoot);
  return { root, built: isFile(join(root, 'index.html')) };
}

/** The SPA fallback for the not-found handler: index.html for page navigations. */
export function spaFallback(web: WebApp | undefined): PageFallback | undefined {
  if (web?.built !== true) return undefined;
  return (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    const path = request.url.split('?')[0] ?? '';
    // A missing hashed asset is a stale page asking for an old build: a 404, not HTML as script.
    if (isApiPath(path) || path.startsWith('/assets/')) return undefined;
    return reply.code(200).header('content-security-policy', APP_CSP).sendFile('index.html');
  };
}

/** The build directory's files, or the "not built" page at / when there is no build. */
export async function registerWebApp(app: App, web: WebApp | undefined): Promise<void> {
  if (web?.built === true) {
    const assets = join(web.root, 'assets') + sep;
    await app.register(fastifyStatic, {
      root: web.root,
      prefix: '/',
      index: ['index.html'],
      dotfiles: 'ignore',
      // Ours, by path, below (send's default is max-age=0 for everything).
      cacheControl: false,
      // The API owns /api/ even if a build ever held such a folder.
      allowedPath: (pathName) => !isApiPath(pathName),
      setHeaders: (reply, file) => {
        const cache = file.startsWith(assets) ? ASSET_CACHE_CONTROL : PAGE_CACHE_CONTROL;
        void reply.header('cache-control', cache);
        // Pages and the files they load (the layout worker's policy comes from its own file).
        void reply.header('content-security-policy', APP_CSP);
      },
    });
    return;
  }
  app.get('/', { schema: { hide: true } }, (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', APP_CSP)
      .send(notBuiltPage(web?.root)),
  );
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small readable page: what is missing, the one command that fixes it, and what works now. */
export function notBuiltPage(root: string | undefined): string {
  const where =
    root === undefined
      ? 'No web app directory was given to this server.'
      : `It looked for <code>index.html</code> in <code>${escapeHtml(relativeOrAbsolute(root))}</code> and found none.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bearing: the web app is not built</title>
<style>
  body { font: 16px/1.6 system-ui, sans-serif; max-width: 42rem; margin: 4rem auto; padding: 0 1.25rem; color: #1f2328; background: #fff; }
  h1 { font-size: 1.5rem; line-height: 1.3; }
  code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; background: #f3f4f6; border-radius: 4px; }
  code { padding: 0.1em 0.3em; }
  pre { padding: 0.75rem 1rem; overflow-x: auto; }
  a { color: #0969da; }
  @media (prefers-color-scheme: dark) { body { color: #e6edf3; background: #0d1117; } code, pre { background: #161b22; } a { color: #4493f8; } }
</style>
</head>
<body>
<h1>Bearing is running, but the web app is not built yet</h1>
<p>${where}</p>
<p>Build it once from the folder where you installed Bearing, then reload this page:</p>
<pre><code>npm run build</code></pre>
<p>To serve a build from somewhere else, start the server with <code>BEARING_WEB_ROOT=/path/to/dist</code>.</p>
<p>The API works without the web app: <a href="/api/docs">API docs</a> · <a href="/api/health">health</a> · <a href="/api/workspaces">workspaces</a></p>
</body>
</html>
`;
}

/** Shorter to read when the build directory is under the working directory. */
function relativeOrAbsolute(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}
