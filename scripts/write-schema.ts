// `npm run schema`: writes data/schema.json from the TypeScript-side schema (one source of truth).
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/dataset/schema';

export const SCHEMA_FILE = 'data/schema.json';
export const schemaText = () => `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;

if (process.argv[1]?.endsWith('write-schema.ts')) {
  writeFileSync(SCHEMA_FILE, schemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
