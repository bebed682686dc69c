// The `sourceline/1` dataset format: one source of truth for the app's validation, the
// validator CLI and the published JSON Schema (data/schema.json is generated from this file).
import { z } from 'zod';

export const DATASET_FORMAT = 'sourceline/1';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase letters, digits and hyphens')
  .max(200);

const text = (max: number) => z.string().min(1, 'must not be empty').max(max);

/** Context kept beside a quote so it can be re-anchored if the text is edited (W3C selectors). */
const CONTEXT_MAX = 32;

export const ACTOR_KINDS = [
  'state',
  'government-body',
  'armed-group',
  'person',
  'organization',
  'media',
  'community',
  'other',
] as const;

export const SourceSchema = z
  .object({
    id: slug,
    title: text(1_000),
    publisher: text(500),
    author: text(500),
    published: z.string().describe('EDTF day, e.g. 2021-10-10: the anchor for relative dates'),
    url: z.string().max(2_000).optional(),
    attribution: z.string().max(2_000).optional(),
    text: z.string().min(1, 'must not be empty').describe('The full article text, verbatim.'),
  })
  .strict();

export const ActorSchema = z
  .object({
    id: slug,
    name: text(500),
    kind: z.enum(ACTOR_KINDS),
    aliases: z.array(text(500)).max(100).optional(),
    description: z.string().max(5_000).optional(),
  })
  .strict();

export const EventDateSchema = z
  .object({
    value: z
      .string()
      .max(100)
      .describe(
        'EDTF level 0/1: a day 2021-10-08, a month 2021-08, a year, an interval 2021-10-09/2021-10-10, qualifiers ~ ? %, open ends 2021-08-30/..',
      ),
    expression: z.string().max(1_000).describe('The words of the article that date the event.'),
    note: z.string().max(5_000).describe('How the date was resolved.'),
  })
  .strict();

export const PassageSchema = z
  .object({
    source: slug.describe('Id of the source this quotes.'),
    exact: text(100_000),
    start: z.number().int().nonnegative().describe('Offset into source text, UTF-16 code units.'),
    end: z.number().int().nonnegative().describe('End offset (exclusive), UTF-16 code units.'),
    prefix: z.string().max(CONTEXT_MAX).optional(),
    suffix: z.string().max(CONTEXT_MAX).optional(),
  })
  .strict();

export const EventActorSchema = z
  .object({
    id: slug.describe('Id of an actor of this dataset.'),
    role: slug.describe('e.g. participant, speaker, target, perpetrator, victim, reporter'),
  })
  .strict();

export const EventSchema = z
  .object({
    id: slug.describe('Stable: deep links use it.'),
    title: text(1_000),
    summary: z.string().max(10_000),
    kind: slug.describe('e.g. diplomacy, statement, attack, military, political'),
    date: EventDateSchema,
    actors: z.array(EventActorSchema).max(1_000),
    location: z
      .object({ name: text(500) })
      .strict()
      .optional(),
    passages: z.array(PassageSchema).min(1, 'every event needs at least one passage').max(100),
  })
  .strict();

export const DatasetSchema = z
  .object({
    format: z.literal(DATASET_FORMAT),
    id: slug,
    title: text(1_000),
    description: z.string().max(10_000).optional(),
    sources: z.array(SourceSchema).min(1, 'a dataset needs at least one source'),
    actors: z.array(ActorSchema),
    events: z.array(EventSchema),
  })
  .strict();

export type Dataset = z.infer<typeof DatasetSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type Passage = z.infer<typeof PassageSchema>;
export type EventActor = z.infer<typeof EventActorSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The JSON Schema published at data/schema.json. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12' }),
    title: 'Sourceline dataset (sourceline/1)',
  };
}
