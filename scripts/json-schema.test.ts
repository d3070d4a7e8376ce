import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, jsonSchemaText } from './json-schema-file.ts';

describe('docs/strategy-file.schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing the format)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(jsonSchemaText());
  });

  it('rejects unknown keys, like the validator', () => {
    const schema = JSON.parse(readFileSync(JSON_SCHEMA_PATH, 'utf8')) as {
      additionalProperties?: unknown;
    };
    expect(schema.additionalProperties).toBe(false);
  });
});
