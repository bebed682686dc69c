import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, DATASET_FORMAT } from '../src/dataset/schema';
import { SCHEMA_FILE, schemaText } from './write-schema';

const published = readFileSync(SCHEMA_FILE, 'utf8');

interface JsonSchema {
  $schema?: string;
  type?: string;
  title?: string;
  const?: string;
  enum?: string[];
  minItems?: number;
  pattern?: string;
  required?: string[];
  additionalProperties?: boolean;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

function child(schema: JsonSchema | undefined, ...path: string[]): JsonSchema {
  let node = schema;
  for (const key of path) node = key === '[]' ? node?.items : node?.properties?.[key];
  if (!node) throw new Error(`no schema at ${path.join('.')}`);
  return node;
}

describe('data/schema.json', () => {
  it('is what `npm run schema` generates from src/dataset/schema.ts', () => {
    expect(
      published === schemaText(),
      `${SCHEMA_FILE} is out of date with src/dataset/schema.ts: run \`npm run schema\``,
    ).toBe(true);
  });

  const schema = JSON.parse(published) as JsonSchema;

  it('is a draft 2020-12 JSON Schema of a closed object', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Sourceline dataset (sourceline/1)');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
  });

  it('requires the top-level fields', () => {
    expect(schema.required).toEqual(['format', 'id', 'title', 'sources', 'actors', 'events']);
    expect(Object.keys(schema.properties ?? {})).toEqual([
      'format',
      'id',
      'title',
      'description',
      'lang',
      'sources',
      'actors',
      'events',
      'periods',
    ]);
    expect(child(schema, 'format').const).toBe(DATASET_FORMAT);
    // The language of the dataset's words (and of each source): a BCP 47 tag, optional.
    expect(child(schema, 'lang').pattern).toBe('^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$');
  });

  it('carries the rules of its parts', () => {
    expect(child(schema, 'id').pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(child(schema, 'sources').minItems).toBe(1);
    expect(child(schema, 'actors', '[]', 'kind').enum).toEqual([...ACTOR_KINDS]);
    const event = child(schema, 'events', '[]');
    expect(event.required).toEqual([
      'id',
      'title',
      'summary',
      'kind',
      'date',
      'actors',
      'passages',
    ]);
    expect(child(event, 'passages').minItems).toBe(1);
    expect(child(event, 'passages', '[]').required).toEqual(['source', 'exact', 'start', 'end']);
    expect(child(event, 'media').required).toEqual(['url']);
    expect(child(event, 'media', 'url').pattern).toBe('^https?:\\/\\/[^\\s]+$');
  });

  it('describes the optional periods', () => {
    const period = child(schema, 'periods', '[]');
    expect(period.required).toEqual(['id', 'title', 'date']);
    expect(child(period, 'date').required).toEqual(['value']);
  });
});
