// Synthetic `sourceline/1` datasets for the benchmark: deterministic for a seed, valid under
// `parseDataset(json, { anchors: 'strict' })`, with a realistic mix of date shapes, 50–500 actors
// and 1–3 passages per event quoting one long source text.
//
//   tsx bench/generate.ts [--sizes 1000,10000,100000] [--seed 1] [--out bench/data]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ACTOR_KINDS,
  type Actor,
  type Dataset,
  type EventActor,
  type Passage,
  type TimelineEvent,
} from '../src/dataset/schema';

/** mulberry32: small, fast, good enough for test data, identical on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const WORDS = [
  'talks',
  'ceasefire',
  'delegation',
  'ministry',
  'province',
  'border',
  'council',
  'statement',
  'convoy',
  'election',
  'protest',
  'agreement',
  'militia',
  'envoy',
  'harbour',
  'refugees',
  'sanctions',
  'parliament',
  'airstrike',
  'negotiators',
  'aid',
  'capital',
  'drought',
  'court',
  'summit',
  'prisoners',
  'coalition',
  'referendum',
  'pipeline',
  'governor',
];
const FILLER = [
  'the',
  'a',
  'of',
  'in',
  'on',
  'after',
  'before',
  'with',
  'and',
  'said',
  'reported',
  'officials',
  'according',
  'to',
  'local',
  'sources',
  'late',
  'early',
  'on Sunday',
  'last week',
  'that',
  'would',
  'not',
  'again',
];
const VERBS = [
  'meets',
  'condemns',
  'announces',
  'rejects',
  'signs',
  'suspends',
  'resumes',
  'attacks',
  'visits',
  'warns',
  'releases',
  'delays',
];
const PLACES = [
  'Doha',
  'Kabul',
  'Herat',
  'Geneva',
  'Islamabad',
  'Tehran',
  'Kandahar',
  'Mazar',
  'Oslo',
  'Ankara',
  'Tashkent',
  'Dushanbe',
];
const FIRST = [
  'Amina',
  'Karim',
  'Sara',
  'Yusuf',
  'Leila',
  'Omar',
  'Nadia',
  'Farid',
  'Hana',
  'Rami',
];
const LAST = ['Haddad', 'Rahimi', 'Nazari', 'Stanek', 'Okafor', 'Lindqvist', 'Moreau', 'Aziz'];
const ORG_ADJ = ['National', 'Northern', 'United', 'Independent', 'Provincial', 'Free', 'Central'];
const ORG_NOUN = [
  'Council',
  'Front',
  'Ministry',
  'Alliance',
  'Agency',
  'Movement',
  'Press',
  'Bank',
];
const KINDS = ['diplomacy', 'statement', 'attack', 'military', 'political', 'humanitarian'];
const ROLES = ['participant', 'speaker', 'target', 'perpetrator', 'victim', 'reporter'];

/** The date shapes the generator mixes, with their share of events. */
export const DATE_SHAPES = [
  ['day', 0.45],
  ['month', 0.12],
  ['interval', 0.2],
  ['approximate-month', 0.08],
  ['uncertain-day', 0.1],
  ['open-interval', 0.02],
  ['approximate-day', 0.03],
] as const;
export type DateShape = (typeof DATE_SHAPES)[number][0];

/** First and last day (UTC ms) events fall on: 2000-01-01 to 2024-12-31. */
const SPAN_FROM = Date.UTC(2000, 0, 1);
const SPAN_TO = Date.UTC(2024, 11, 31);
const DAY = 86_400_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dateShape(random: Random): DateShape {
  let r = random();
  for (const [shape, share] of DATE_SHAPES) {
    if (r < share) return shape;
    r -= share;
  }
  return 'day';
}

/** Days cluster around a few busy periods, as news does; the rest are spread evenly. */
function eventDay(random: Random, hotspots: readonly number[]): number {
  if (random() < 0.3) {
    const centre = pick(random, hotspots);
    // Roughly normal, sd ~ 40 days.
    const offset = (random() + random() + random() + random() - 2) * 70;
    return Math.min(SPAN_TO, Math.max(SPAN_FROM, centre + Math.round(offset) * DAY));
  }
  const days = Math.floor((SPAN_TO - SPAN_FROM) / DAY);
  return SPAN_FROM + int(random, 0, days) * DAY;
}

function eventDate(random: Random, shape: DateShape, day: number): TimelineEvent['date'] {
  const d = iso(day);
  const month = d.slice(0, 7);
  switch (shape) {
    case 'day':
      return { value: d, expression: 'on the day', note: '' };
    case 'month':
      return { value: month, expression: 'that month', note: '' };
    case 'interval': {
      const end = iso(Math.min(SPAN_TO, day + int(random, 1, 20) * DAY));
      return { value: `${d}/${end}`, expression: 'over several days', note: '' };
    }
    case 'approximate-month':
      return { value: `${month}~`, expression: 'around then', note: 'approximate' };
    case 'uncertain-day':
      return { value: `${d}?`, expression: 'possibly', note: 'uncertain' };
    case 'approximate-day':
      return { value: `${d}~`, expression: 'about then', note: 'approximate' };
    case 'open-interval':
      return { value: `${d}/..`, expression: 'since', note: 'ongoing' };
  }
}

/** Builds a long article text out of sentences, with the offsets of its word starts. */
function articleText(random: Random, length: number): { text: string; wordStarts: number[] } {
  const parts: string[] = [];
  const wordStarts: number[] = [];
  let size = 0;
  while (size < length) {
    const words = int(random, 8, 22);
    for (let w = 0; w < words; w++) {
      const word =
        random() < 0.3
          ? pick(random, WORDS)
          : random() < 0.2
            ? pick(random, PLACES)
            : pick(random, FILLER);
      const text = w === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
      wordStarts.push(size);
      parts.push(text);
      size += text.length;
      const sep = w === words - 1 ? (random() < 0.15 ? '.\n\n' : '. ') : ' ';
      parts.push(sep);
      size += sep.length;
    }
  }
  return { text: parts.join(''), wordStarts };
}

function passage(
  random: Random,
  sourceId: string,
  text: string,
  wordStarts: readonly number[],
): Passage {
  const first = int(random, 1, wordStarts.length - 40);
  const start = wordStarts[first] ?? 0;
  const words = int(random, 2, 5);
  const nextStart = wordStarts[first + words] ?? text.length;
  // End at the end of the last word (drop the separator).
  let end = nextStart;
  while (end > start + 1 && /[\s.]/.test(text.charAt(end - 1))) end--;
  const result: Passage = { source: sourceId, exact: text.slice(start, end), start, end };
  // Context is optional in the format; when given it may be up to 32 characters.
  if (random() < 0.4) result.prefix = text.slice(Math.max(0, start - int(random, 8, 32)), start);
  if (random() < 0.4) result.suffix = text.slice(end, end + int(random, 8, 32));
  return result;
}

function actorList(random: Random, count: number): Actor[] {
  const names = new Set<string>();
  const actors: Actor[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(random, ACTOR_KINDS);
    const base =
      kind === 'person'
        ? `${pick(random, FIRST)} ${pick(random, LAST)}`
        : `${pick(random, ORG_ADJ)} ${pick(random, ORG_NOUN)} of ${pick(random, PLACES)}`;
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base} ${n}`;
    names.add(name);
    actors.push({ id: `actor-${String(i + 1).padStart(3, '0')}`, name, kind });
  }
  return actors;
}

/** Skewed choice: low indices much more often, as a few actors dominate the news. */
function skewed(random: Random, count: number): number {
  return Math.min(count - 1, Math.floor(count * random() ** 2.2));
}

export interface GenerateOptions {
  events: number;
  seed?: number;
  /** Actors; by default 50 for 1k events, growing to 500 for 100k. */
  actors?: number;
}

/** 50 actors up to 1k events, 200 at 10k, 500 from 100k (linear in log10 in between). */
export function actorCount(events: number): number {
  const x = Math.log10(Math.max(1000, Math.min(100_000, events))) - 3;
  return Math.round(x <= 1 ? 50 + 150 * x : 200 + 300 * (x - 1));
}

export function generateDataset({ events, seed = 1, actors }: GenerateOptions): Dataset {
  const random = prng(seed * 7919 + events);
  const textLength = Math.min(1_000_000, Math.max(100_000, events * 10));
  const { text, wordStarts } = articleText(random, textLength);
  const sourceId = 'article';
  const actorRecords = actorList(random, actors ?? actorCount(events));
  const hotspots = Array.from({ length: 6 }, () => eventDay(random, [SPAN_FROM]));
  // Keep one busy period in the window the harness opens (2012-03 to 2012-05).
  hotspots.push(Date.UTC(2012, 3, 1));

  const list: TimelineEvent[] = [];
  for (let i = 0; i < events; i++) {
    const shape = dateShape(random);
    const day = eventDay(random, hotspots);
    const refs: EventActor[] = [];
    const seen = new Set<string>();
    const n = int(random, 1, 3);
    for (let a = 0; a < n; a++) {
      const actor = actorRecords[skewed(random, actorRecords.length)];
      if (!actor || seen.has(actor.id)) continue;
      seen.add(actor.id);
      refs.push({ id: actor.id, role: pick(random, ROLES) });
    }
    const subject = actorRecords.find((actor) => actor.id === refs[0]?.id)?.name ?? 'Officials';
    const title = `${subject} ${pick(random, VERBS)} ${pick(random, WORDS)} in ${pick(random, PLACES)}`;
    // 1–3 passages, one most often (the 100k file must stay under the app's 50 MB limit).
    const r = random();
    const passages = Array.from({ length: r < 0.55 ? 1 : r < 0.88 ? 2 : 3 }, () =>
      passage(random, sourceId, text, wordStarts),
    );
    list.push({
      id: `ev-${String(i + 1).padStart(6, '0')}`,
      title,
      summary: random() < 0.3 ? `${pick(random, WORDS)} ${pick(random, FILLER)}` : '',
      kind: pick(random, KINDS),
      date: eventDate(random, shape, day),
      actors: refs,
      ...(random() < 0.4 ? { location: { name: pick(random, PLACES) } } : {}),
      passages,
    });
  }

  return {
    format: 'sourceline/1',
    id: `bench-${events}`,
    title: `Synthetic benchmark dataset, ${events} events`,
    description: `Generated by bench/generate.ts with seed ${seed}.`,
    sources: [
      {
        id: sourceId,
        title: 'A long synthetic article',
        publisher: 'Sourceline bench',
        author: 'bench/generate.ts',
        published: '2025-01-15',
        text,
      },
    ],
    actors: actorRecords,
    events: list,
  };
}

/** `1k`, `10k`, `100k`, or the plain number. */
export function sizeLabel(events: number): string {
  return events % 1000 === 0 ? `${events / 1000}k` : String(events);
}

export function writeDataset(dir: string, events: number, seed = 1): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${sizeLabel(events)}.json`);
  writeFileSync(file, JSON.stringify(generateDataset({ events, seed })));
  return file;
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = (arg('sizes') ?? '1000,10000,100000').split(',').map(Number);
  const seed = Number(arg('seed') ?? 1);
  const out = arg('out') ?? 'bench/data';
  for (const size of sizes) console.log(writeDataset(out, size, seed));
}
