import { describe, expect, it } from 'vitest';
import { formatOfContentType, negotiateFormat } from './negotiate.ts';

describe('export format negotiation', () => {
  it('gives YAML without a header or for wildcards', () => {
    expect(negotiateFormat(undefined)).toBe('yaml');
    expect(negotiateFormat('*/*')).toBe('yaml');
  });

  it('picks the acceptable type with the highest q', () => {
    expect(negotiateFormat('application/yaml;q=0.4, application/json;q=0.9')).toBe('json');
    expect(negotiateFormat('application/json;q=0, text/yaml')).toBe('yaml');
  });

  it('gives null when nothing offered fits', () => {
    expect(negotiateFormat('text/html')).toBeNull();
  });

  it('reads JSON content types as JSON and the rest as YAML', () => {
    expect(formatOfContentType('application/json; charset=utf-8')).toBe('json');
    expect(formatOfContentType('text/yaml')).toBe('yaml');
  });
});
