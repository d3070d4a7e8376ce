// No playwright import here: the server's config reads the path at start-up without loading it.

/**
 * The system Chromium, the one place that finds and launches it for the CLI (`bearing report`)
 * and the server (report and map downloads). Never a downloaded browser: Debian's `chromium`,
 * or the executable named by BEARING_CHROMIUM (Bearing's own) or CHROME_PATH (the common name).
 */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(env: Readonly<Record<string, string | undefined>>): string {
  const named = [env['BEARING_CHROMIUM'], env['CHROME_PATH']].find(
    (p) => p !== undefined && p !== '',
  );
  return named ?? DEFAULT_CHROMIUM;
}
