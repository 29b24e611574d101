// Writes a JSON Schema (draft 2020-12) of each record type to dist/schemas/<name>.json, so that
// applications in other languages can validate the same records. Refinements that JSON Schema
// cannot express (ID check characters, a code inside its parent) are listed in `$comment`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { jsonSchemaTargets } from '../src/json-schemas';
import { jsonSchemaExtras } from '../src/validation/fields';

const out = join(process.cwd(), 'dist', 'schemas');
mkdirSync(out, { recursive: true });
for (const { name, schema, title, comment } of jsonSchemaTargets) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', metadata: jsonSchemaExtras });
  const document = { title, $comment: comment, ...json };
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(document, null, 2)}\n`);
}
console.log(`wrote ${jsonSchemaTargets.length} JSON Schemas to dist/schemas/`);
