// A fast path in front of `DatasetSchema` (schema.ts): plain checks, written out once, that say
// whether a value certainly passes the schema. A file of 100,000 events costs zod ~1 s to walk
// (without `eval`, as under the app's CSP); these checks take a fraction of that. They answer
// only "valid": on `false` the schema itself runs and words every problem, so the two never
// disagree on what a reader sees. A property test (quickValidate.test.ts) holds them to the schema
// on valid datasets and on thousands of broken ones; a change to the schema fails it until this
// file follows (the keys each object allows are read from the schema itself).

import { isWellFormedLanguageTag } from './languageTag';
import {
  ACTOR_KINDS,
  ActorSchema,
  ClaimSchema,
  DATASET_FORMAT,
  DatasetSchema,
  EventActorSchema,
  EventDateSchema,
  EventSchema,
  FIGURE_HEDGES,
  FigureSchema,
  MediaSchema,
  PassageSchema,
  PeriodDateSchema,
  PeriodSchema,
  QuotedPassageSchema,
  SourceSchema,
} from './schema';

type Fields = Record<string, unknown>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTTP_URL = /^https?:\/\/[^\s]+$/i;
const KINDS: ReadonlySet<unknown> = new Set(ACTOR_KINDS);
const HEDGES: ReadonlySet<unknown> = new Set(FIGURE_HEDGES);

/** The keys a strict object of the schema allows, taken from the schema itself. */
const keysOf = (schema: { shape: object }): ReadonlySet<string> =>
  new Set(Object.keys(schema.shape));
const DATASET_KEYS = keysOf(DatasetSchema);
const SOURCE_KEYS = keysOf(SourceSchema);
const ACTOR_KEYS = keysOf(ActorSchema);
const EVENT_KEYS = keysOf(EventSchema);
const EVENT_DATE_KEYS = keysOf(EventDateSchema);
const EVENT_ACTOR_KEYS = keysOf(EventActorSchema);
const PASSAGE_KEYS = keysOf(PassageSchema);
const CLAIM_KEYS = keysOf(ClaimSchema);
const FIGURE_KEYS = keysOf(FigureSchema);
const QUOTED_KEYS = keysOf(QuotedPassageSchema);
const CLAIM_DATE_KEYS: ReadonlySet<string> = new Set(['value', 'expression', 'note']);
const ATTRIBUTION_KEYS: ReadonlySet<string> = new Set(['actor', 'words']);
const MEDIA_KEYS = keysOf(MediaSchema);
const LOCATION_KEYS: ReadonlySet<string> = new Set(['name']);
const PERIOD_KEYS = keysOf(PeriodSchema);
const PERIOD_DATE_KEYS = keysOf(PeriodDateSchema);

/** A plain JSON object whose own keys are all among `allowed` (zod's strict objects). */
function record(value: unknown, allowed: ReadonlySet<string>): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key of Object.keys(value)) if (!allowed.has(key)) return false;
  return true;
}

const has = (fields: Fields, key: string) =>
  Object.hasOwn(fields, key) && fields[key] !== undefined;

const slug = (value: unknown) =>
  typeof value === 'string' && value.length <= 200 && SLUG.test(value);
const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.length >= 1 && value.length <= max;
const upTo = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const languageTag = (value: unknown) =>
  typeof value === 'string' &&
  value.length <= 100 &&
  LANGUAGE_TAG.test(value) &&
  isWellFormedLanguageTag(value);
const offset = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const optional = (fields: Fields, key: string, check: (value: unknown) => boolean) =>
  !has(fields, key) || check(fields[key]);

function list(
  value: unknown,
  item: (value: unknown) => boolean,
  { min = 0, max = Number.POSITIVE_INFINITY } = {},
): boolean {
  if (!Array.isArray(value) || value.length < min || value.length > max) return false;
  for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
  return true;
}

function source(value: unknown): boolean {
  return (
    record(value, SOURCE_KEYS) &&
    slug(value.id) &&
    text(value.title, 1_000) &&
    text(value.publisher, 500) &&
    text(value.author, 500) &&
    typeof value.published === 'string' &&
    optional(value, 'url', (v) => upTo(v, 2_000)) &&
    optional(value, 'attribution', (v) => upTo(v, 2_000)) &&
    optional(value, 'lang', languageTag) &&
    typeof value.text === 'string' &&
    value.text.length >= 1
  );
}

function actor(value: unknown): boolean {
  return (
    record(value, ACTOR_KEYS) &&
    slug(value.id) &&
    text(value.name, 500) &&
    KINDS.has(value.kind) &&
    optional(value, 'aliases', (v) => list(v, (alias) => text(alias, 500), { max: 100 })) &&
    optional(value, 'description', (v) => upTo(v, 5_000))
  );
}

function eventDate(value: unknown): boolean {
  return (
    record(value, EVENT_DATE_KEYS) &&
    upTo(value.value, 100) &&
    upTo(value.expression, 1_000) &&
    upTo(value.note, 5_000)
  );
}

function eventActor(value: unknown): boolean {
  return record(value, EVENT_ACTOR_KEYS) && slug(value.id) && slug(value.role);
}

const figureNumber = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

function figure(value: unknown): boolean {
  return (
    record(value, FIGURE_KEYS) &&
    text(value.what, 200) &&
    optional(value, 'value', figureNumber) &&
    optional(value, 'min', figureNumber) &&
    optional(value, 'max', figureNumber) &&
    optional(value, 'hedge', (v) => HEDGES.has(v))
  );
}

function claim(value: unknown): boolean {
  return (
    record(value, CLAIM_KEYS) &&
    optional(
      value,
      'date',
      (v) =>
        record(v, CLAIM_DATE_KEYS) &&
        upTo(v.value, 100) &&
        optional(v, 'expression', (w) => upTo(w, 1_000)) &&
        optional(v, 'note', (w) => upTo(w, 5_000)),
    ) &&
    optional(value, 'figures', (v) => list(v, figure, { max: 100 })) &&
    optional(
      value,
      'attributedTo',
      (v) =>
        record(v, ATTRIBUTION_KEYS) && slug(v.actor) && optional(v, 'words', (w) => upTo(w, 1_000)),
    )
  );
}

function passage(value: unknown): boolean {
  return (
    record(value, PASSAGE_KEYS) &&
    slug(value.source) &&
    text(value.exact, 100_000) &&
    offset(value.start) &&
    offset(value.end) &&
    optional(value, 'prefix', (v) => upTo(v, 32)) &&
    optional(value, 'suffix', (v) => upTo(v, 32)) &&
    optional(value, 'claim', claim) &&
    optional(
      value,
      'quotes',
      (v) => record(v, QUOTED_KEYS) && slug(v.source) && offset(v.start) && offset(v.end),
    )
  );
}

function media(value: unknown): boolean {
  return (
    record(value, MEDIA_KEYS) &&
    typeof value.url === 'string' &&
    value.url.length <= 2_000 &&
    HTTP_URL.test(value.url) &&
    optional(value, 'caption', (v) => upTo(v, 1_000)) &&
    optional(value, 'credit', (v) => upTo(v, 1_000))
  );
}

function event(value: unknown): boolean {
  return (
    record(value, EVENT_KEYS) &&
    slug(value.id) &&
    text(value.title, 1_000) &&
    upTo(value.summary, 10_000) &&
    slug(value.kind) &&
    eventDate(value.date) &&
    list(value.actors, eventActor, { max: 1_000 }) &&
    optional(value, 'location', (v) => record(v, LOCATION_KEYS) && text(v.name, 500)) &&
    optional(value, 'media', media) &&
    list(value.passages, passage, { min: 1, max: 100 })
  );
}

function periodDate(value: unknown): boolean {
  return (
    record(value, PERIOD_DATE_KEYS) &&
    upTo(value.value, 100) &&
    optional(value, 'expression', (v) => upTo(v, 1_000)) &&
    optional(value, 'note', (v) => upTo(v, 5_000))
  );
}

function period(value: unknown): boolean {
  return (
    record(value, PERIOD_KEYS) &&
    slug(value.id) &&
    text(value.title, 1_000) &&
    periodDate(value.date)
  );
}

/** Whether `value` certainly passes `DatasetSchema` (false: ask the schema, which says why). */
export function passesDatasetSchema(value: unknown): boolean {
  return (
    record(value, DATASET_KEYS) &&
    value.format === DATASET_FORMAT &&
    slug(value.id) &&
    text(value.title, 1_000) &&
    optional(value, 'description', (v) => upTo(v, 10_000)) &&
    optional(value, 'lang', languageTag) &&
    list(value.sources, source, { min: 1 }) &&
    list(value.actors, actor) &&
    list(value.events, event) &&
    optional(value, 'periods', (v) => list(v, period, { max: 10_000 }))
  );
}
