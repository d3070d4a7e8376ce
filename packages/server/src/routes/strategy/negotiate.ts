import type { StrategyFormat } from '@bearing/core';

const BY_TYPE: Readonly<Record<string, StrategyFormat>> = {
  'application/json': 'json',
  'application/yaml': 'yaml',
  'application/x-yaml': 'yaml',
  'text/yaml': 'yaml',
  'text/x-yaml': 'yaml',
};

/**
 * Picks the export format from an Accept header: the acceptable type with the highest q, YAML
 * for wildcards or no header (a strategy file is YAML first). Null when nothing offered fits.
 */
export function negotiateFormat(accept: string | undefined): StrategyFormat | null {
  if (accept === undefined || accept.trim() === '') return 'yaml';
  let best: { format: StrategyFormat; q: number } | null = null;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!(q > 0)) continue;
    const format =
      BY_TYPE[type] ??
      (type === '*/*' || type === 'application/*' || type === 'text/*' ? 'yaml' : null);
    if (format !== null && (best === null || q > best.q)) best = { format, q };
  }
  return best?.format ?? null;
}

/** The import format from a Content-Type: JSON types are JSON, the rest YAML. */
export function formatOfContentType(contentType: string | undefined): StrategyFormat {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || type.endsWith('+json') ? 'json' : 'yaml';
}
