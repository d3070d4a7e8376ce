/**
 * Where a 401 sends the browser: the sign-in page, with the page the person was on as `next`,
 * so signing in returns there (form drafts are in sessionStorage, see api/session-draft.ts).
 */
const AUTH_PAGES = ['/sign-in', '/setup'];

export function isAuthPage(pathname: string): boolean {
  return AUTH_PAGES.some((page) => pathname === page || pathname.startsWith(page + '/'));
}

export function signInUrl(current: { pathname: string; search: string; hash?: string }): string {
  const next = current.pathname + current.search;
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}

/** Only a path on this site: `next` comes from the address bar, so never an outside URL. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
