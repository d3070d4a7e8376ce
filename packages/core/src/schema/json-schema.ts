import { z } from 'zod';
import { strategyFileSchema } from './strategy-file.schema.ts';

/**
 * The strategy file as a JSON Schema, generated from the zod schema so the two cannot drift.
 * Editors use it for completion and inline errors (`# yaml-language-server: $schema=…`).
 */
export function strategyFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(strategyFileSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://bearing.dev/schemas/strategy-file-v1.json',
    title: 'Bearing strategy file (v1)',
  };
}
