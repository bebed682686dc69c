// The `sourceline/1` dataset format: one source of truth for the app's validation, the
// validator CLI and the published JSON Schema (data/schema.json is generated from this file).
// Written with zod/mini, the tree-shakable form of zod 4, so the parsing worker ships only what it
// uses; errors are worded by zod's English messages, as with the full zod.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { isWellFormedLanguageTag } from './languageTag';

z.config(en());

export const DATASET_FORMAT = 'sourceline/1';

/** The schema's own words for its checks, by the code a view says them by (parse.ts). */
const SAYS = {
  schemaSlug: 'must be a slug: lowercase letters, digits and hyphens',
  schemaEmpty: 'must not be empty',
  schemaLanguageTag: 'must be a well-formed BCP 47 language tag, e.g. fa-AF',
  schemaHttp: 'must be an http(s) address without spaces',
  schemaNoPassage: 'every event needs at least one passage',
  schemaNoSource: 'a dataset needs at least one source',
} as const;

export const SCHEMA_MESSAGES: ReadonlyArray<readonly [code: string, message: string]> =
  Object.entries(SAYS);

const slug = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, SAYS.schemaSlug), z.maxLength(200));

const text = (max: number) => z.string().check(z.minLength(1, SAYS.schemaEmpty), z.maxLength(max));

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

const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description)) as T;

const upTo = (max: number) => z.string().check(z.maxLength(max));

/** A BCP 47 tag ("en", "fa-AF", "ps"): the language a text is written in. */
const languageTag = described(
  z.string().check(
    z.maxLength(100),
    // The pattern for data/schema.json; Intl's reading (which it stops before) is the rule.
    z.regex(/^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/, {
      message: SAYS.schemaLanguageTag,
      abort: true,
    }),
    z.refine(isWellFormedLanguageTag, SAYS.schemaLanguageTag),
  ),
  'BCP 47 language tag of the text, e.g. en, fa-AF, ps: sets its language and direction',
);

export const SourceSchema = z.strictObject({
  id: slug,
  title: text(1_000),
  publisher: text(500),
  author: text(500),
  published: described(z.string(), 'EDTF day, e.g. 2021-10-10: the anchor for relative dates'),
  url: z.optional(upTo(2_000)),
  attribution: z.optional(upTo(2_000)),
  lang: z.optional(languageTag),
  text: described(
    z.string().check(z.minLength(1, 'must not be empty')),
    'The full article text, verbatim.',
  ),
});

export const ActorSchema = z.strictObject({
  id: slug,
  name: text(500),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.optional(z.array(text(500)).check(z.maxLength(100))),
  description: z.optional(upTo(5_000)),
});

export const EventDateSchema = z.strictObject({
  value: described(
    upTo(100),
    'EDTF level 0/1: a day 2021-10-08, a month 2021-08, a year, an interval 2021-10-09/2021-10-10, qualifiers ~ ? %, open ends 2021-08-30/..',
  ),
  expression: described(upTo(1_000), 'The words of the article that date the event.'),
  note: described(upTo(5_000), 'How the date was resolved.'),
});

const offset = (description: string) => described(z.int().check(z.nonnegative()), description);

export const FIGURE_HEDGES = ['at least', 'about', 'more than'] as const;

const figureNumber = z.number().check(z.nonnegative());

/** A number a source gives for the event: "at least 46 killed", "40 to 60 injured". */
export const FigureSchema = z.strictObject({
  what: described(text(200), 'What is counted, e.g. killed, injured, killed and injured.'),
  value: z.optional(described(figureNumber, 'The number given (or give min and/or max).')),
  min: z.optional(described(figureNumber, 'The lower end of a range given.')),
  max: z.optional(described(figureNumber, 'The upper end of a range given.')),
  hedge: z.optional(
    described(
      z.enum(FIGURE_HEDGES),
      'How the source qualifies `value`: at least, about, more than.',
    ),
  ),
});

/** What one passage's source claims about the event, where it says more than the event does. */
export const ClaimSchema = z.strictObject({
  date: z.optional(
    described(
      z.strictObject({
        value: described(upTo(100), 'EDTF, as an event date.'),
        expression: z.optional(described(upTo(1_000), 'The words of the source that date it.')),
        note: z.optional(described(upTo(5_000), 'How the date was resolved.')),
      }),
      "The date this source gives, when it differs from the event's.",
    ),
  ),
  figures: z.optional(z.array(FigureSchema).check(z.maxLength(100))),
  attributedTo: z.optional(
    described(
      z.strictObject({
        actor: described(slug, 'Id of an actor of this dataset.'),
        words: z.optional(described(upTo(1_000), 'The attribution, e.g. "UN officials said".')),
      }),
      'Who the source says makes the claim.',
    ),
  ),
});

/** The passage of another source that a passage quotes (its primary source). */
export const QuotedPassageSchema = z.strictObject({
  source: described(slug, 'Id of the quoted source.'),
  start: offset('Offset into the quoted source text, UTF-16 code units.'),
  end: offset('End offset (exclusive), UTF-16 code units.'),
});

export const PassageSchema = z.strictObject({
  source: described(slug, 'Id of the source this quotes.'),
  exact: text(100_000),
  start: offset('Offset into source text, UTF-16 code units.'),
  end: offset('End offset (exclusive), UTF-16 code units.'),
  prefix: z.optional(upTo(CONTEXT_MAX)),
  suffix: z.optional(upTo(CONTEXT_MAX)),
  claim: z.optional(ClaimSchema),
  quotes: z.optional(QuotedPassageSchema),
});

export const EventActorSchema = z.strictObject({
  id: described(slug, 'Id of an actor of this dataset.'),
  role: described(slug, 'e.g. participant, speaker, target, perpetrator, victim, reporter'),
});

/** An address kept as data, never fetched by the app: only http(s), so it is never a script. */
const httpUrl = z
  .string()
  .check(z.maxLength(2_000), z.regex(/^https?:\/\/[^\s]+$/i, SAYS.schemaHttp));

export const MediaSchema = z.strictObject({
  url: described(httpUrl, 'A picture, video or page about the event: a link, never loaded.'),
  caption: z.optional(upTo(1_000)),
  credit: z.optional(upTo(1_000)),
});

export const EventSchema = z.strictObject({
  id: described(slug, 'Stable: deep links use it.'),
  title: text(1_000),
  summary: upTo(10_000),
  kind: described(slug, 'e.g. diplomacy, statement, attack, military, political'),
  date: EventDateSchema,
  actors: z.array(EventActorSchema).check(z.maxLength(1_000)),
  location: z.optional(z.strictObject({ name: text(500) })),
  media: z.optional(MediaSchema),
  passages: z.array(PassageSchema).check(z.minLength(1, SAYS.schemaNoPassage), z.maxLength(100)),
});

export const PeriodDateSchema = z.strictObject({
  value: described(
    upTo(100),
    'EDTF level 0/1, as an event date: a year 1914, an interval 1914/1918, a month, a day…',
  ),
  expression: z.optional(described(upTo(1_000), 'The words that date the period.')),
  note: z.optional(described(upTo(5_000), 'How the date was resolved.')),
});

/** A named stretch of time drawn behind the events (TimelineJS calls them eras). */
export const PeriodSchema = z.strictObject({
  id: slug,
  title: text(1_000),
  date: PeriodDateSchema,
});

export const DatasetSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT),
  id: slug,
  title: text(1_000),
  description: z.optional(upTo(10_000)),
  /** The language of the dataset's own words: its title, events, actors, periods. */
  lang: z.optional(languageTag),
  sources: z.array(SourceSchema).check(z.minLength(1, SAYS.schemaNoSource)),
  actors: z.array(ActorSchema),
  events: z.array(EventSchema),
  periods: z.optional(z.array(PeriodSchema).check(z.maxLength(10_000))),
});

export type Dataset = z.infer<typeof DatasetSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type Passage = z.infer<typeof PassageSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type FigureHedge = (typeof FIGURE_HEDGES)[number];
export type QuotedPassage = z.infer<typeof QuotedPassageSchema>;
export type EventActor = z.infer<typeof EventActorSchema>;
export type Media = z.infer<typeof MediaSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The JSON Schema published at data/schema.json. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12' }),
    title: 'Sourceline dataset (sourceline/1)',
  };
}
