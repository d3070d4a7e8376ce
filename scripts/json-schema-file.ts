import { strategyFileJsonSchema } from '@bearing/core';

export const JSON_SCHEMA_PATH = new URL('../docs/strategy-file.schema.json', import.meta.url);

/** The exact text the generator writes, so the staleness test compares like with like. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(strategyFileJsonSchema(), null, 2)}\n`;
}
