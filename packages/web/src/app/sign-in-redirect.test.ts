import { describe, expect, it } from 'vitest';
import { isAuthPage, safeNext, signInUrl } from './sign-in-redirect.ts';

describe('sign-in redirect', () => {
  it('returns to the page the person was on', () => {
    expect(signInUrl({ pathname: '/w/acme/s/corp/entry', search: '?period=2026-03' })).toBe(
      '/sign-in?next=%2Fw%2Facme%2Fs%2Fcorp%2Fentry%3Fperiod%3D2026-03',
    );
  });
  it('never follows next off the site', () => {
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/w/acme')).toBe('/w/acme');
  });
  it('knows the pages that need no session', () => {
    expect(isAuthPage('/sign-in/link')).toBe(true);
    expect(isAuthPage('/w/acme')).toBe(false);
  });
});
