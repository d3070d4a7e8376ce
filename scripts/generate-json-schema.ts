// Writes docs/strategy-file.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_PATH, jsonSchemaText } from './json-schema-file.ts';

writeFileSync(JSON_SCHEMA_PATH, jsonSchemaText());
console.log(`wrote ${fileURLToPath(JSON_SCHEMA_PATH)}`);
