// The stress shapes of the benchmark (issue 12): datasets shaped to hurt, each deterministic for a
// seed and valid under `parseDataset(json, { anchors: 'strict' })`. `npm run bench -- --stress`
// measures them; the end-to-end tests use the smaller ones.
//
//   kinds-2000      2,000 kinds, opened grouped by kind (group=kind)
//   lines-500k      a source of 500,000 one-letter lines (1.5 MB)
//   actors-100k     100,000 actors
//   line-45mb       a source of 45 MB on a single line
//   events-235k     235,000 events in 48 MB (see manyEvents)
import type { Actor, Dataset, Passage, TimelineEvent } from '../src/dataset/schema';
import { generateDataset, prng } from './generate';

type Random = () => number;

export interface StressShape {
  label: string;
  /** What it is, in a few words, for the report. */
  what: string;
  /** Extra link parameters it is opened with (e.g. group=kind). */
  params: Record<string, string>;
  make: (seed: number) => Dataset;
}

const int = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

const WORDS = ['talks', 'envoy', 'border', 'council', 'harbour', 'convoy', 'summit', 'court'];

function day(random: Random): string {
  const ms = Date.UTC(2000, 0, 1) + int(random, 0, 9000) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

function source(text: string): Dataset['sources'][number] {
  return {
    id: 'text',
    title: 'A stress text',
    publisher: 'Sourceline bench',
    author: 'bench/stress.ts',
    published: '2025-01-15',
    text,
  };
}

function event(
  i: number,
  random: Random,
  passages: Passage[],
  actors: string[],
  kind = 'statement',
): TimelineEvent {
  return {
    id: `e${i}`,
    title: `Event ${i} on the ${WORDS[i % WORDS.length]}`,
    summary: '',
    kind,
    date: { value: day(random), expression: 'that day', note: '' },
    actors: actors.map((id) => ({ id, role: 'participant' })),
    passages,
  };
}

/** Events quoting evenly spread stretches (start, end) of a text. */
function quoting(
  text: string,
  stretches: Array<[number, number]>,
  random: Random,
  actors: string[],
): TimelineEvent[] {
  return stretches.map(([start, end], i) =>
    event(
      i,
      random,
      [{ source: 'text', exact: text.slice(start, end), start, end }],
      [actors[i % actors.length] as string],
    ),
  );
}

const ONE_ACTOR: Actor[] = [{ id: 'a1', name: 'An actor', kind: 'person' }];

function base(id: string, title: string, text: string): Omit<Dataset, 'actors' | 'events'> {
  return {
    format: 'sourceline/1',
    id,
    title,
    description: `bench/stress.ts: ${id}`,
    sources: [source(text)],
  };
}

/** 2,000 kinds over 20,000 events (a few kinds busy, most rare), grouped by kind. */
export function manyKinds(seed: number, kinds = 2000, events = 20_000): Dataset {
  const dataset = generateDataset({ events, seed });
  const random = prng(seed * 31 + kinds);
  for (const e of dataset.events) {
    e.kind = `kind-${String(Math.floor(kinds * random() ** 2)).padStart(4, '0')}`;
  }
  return { ...dataset, id: `stress-kinds-${kinds}`, title: `${kinds} kinds` };
}

/** A text of `lines` one-letter lines with blank lines between, and events quoting some. */
export function manyLines(seed: number, lines = 500_000, events = 2_000): Dataset {
  const random = prng(seed * 37 + lines);
  const letters = Array.from({ length: lines }, () => String.fromCharCode(97 + int(random, 0, 25)));
  const text = letters.join('\n\n');
  const stretches: Array<[number, number]> = [];
  for (let i = 0; i < events; i++) {
    const line = Math.floor(((i + 0.5) * lines) / events);
    stretches.push([line * 3, line * 3 + 1]);
  }
  return {
    ...base(`stress-lines-${lines}`, `${lines.toLocaleString('en')} one-letter lines`, text),
    actors: ONE_ACTOR,
    events: quoting(text, stretches, random, ['a1']),
  };
}

/** 100,000 actors (a few in many events, most in one), over 20,000 events. */
export function manyActors(seed: number, actors = 100_000, events = 20_000): Dataset {
  const random = prng(seed * 41 + actors);
  const first = ['Amina', 'Karim', 'Sara', 'Yusuf', 'Leila', 'Omar', 'Nadia', 'Farid'];
  const last = ['Haddad', 'Rahimi', 'Nazari', 'Stanek', 'Okafor', 'Lindqvist', 'Moreau', 'Aziz'];
  const list: Actor[] = Array.from({ length: actors }, (_, i) => ({
    id: `p${i}`,
    name: `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]} ${i}`,
    kind: 'person',
  }));
  const words: string[] = [];
  const starts: number[] = [];
  let size = 0;
  for (let i = 0; i < events * 4; i++) {
    const word = WORDS[int(random, 0, WORDS.length - 1)] as string;
    starts.push(size);
    words.push(word);
    size += word.length + 1;
  }
  const text = words.join(' ');
  const out: TimelineEvent[] = [];
  for (let i = 0; i < events; i++) {
    const at = i * 4;
    const start = starts[at] as number;
    const end = (starts[at + 2] as number) - 1;
    const who = new Set<string>();
    // Skewed: actor 0 is in many events, the last ones in one or none.
    for (let n = int(random, 1, 4); n > 0; n--) who.add(`p${Math.floor(actors * random() ** 3)}`);
    out.push(
      event(i, random, [{ source: 'text', exact: text.slice(start, end), start, end }], [...who]),
    );
  }
  return {
    ...base(`stress-actors-${actors}`, `${actors.toLocaleString('en')} actors`, text),
    actors: list,
    events: out,
  };
}

/** A single line of `megabytes` MB of words, with events quoting stretches of it. */
export function singleLine(seed: number, megabytes = 45, events = 2_000): Dataset {
  const random = prng(seed * 43 + megabytes);
  const target = Math.round(megabytes * 1_000_000);
  const parts: string[] = [];
  let size = 0;
  while (size < target) {
    const word = WORDS[int(random, 0, WORDS.length - 1)] as string;
    parts.push(word);
    size += word.length + 1;
  }
  const text = parts.join(' ');
  const stretches: Array<[number, number]> = [];
  for (let i = 0; i < events; i++) {
    let start = Math.floor(((i + 0.5) * text.length) / events);
    while (start > 0 && text.charAt(start - 1) !== ' ') start--;
    const end = text.indexOf(' ', text.indexOf(' ', start) + 1);
    stretches.push([start, end === -1 ? text.length : end]);
  }
  return {
    ...base(`stress-line-${megabytes}mb`, `A ${megabytes} MB single line`, text),
    actors: ONE_ACTOR,
    events: quoting(text, stretches, random, ['a1']),
  };
}

/**
 * `events` events about as small as the format allows (~210 bytes each), a third of them naming
 * one of 500 actors, each quoting one word. The 294k events in 48 MB cannot be written in
 * `sourceline/1` (its required fields alone take ~190 bytes an event: 294k would be ~60 MB, over
 * the app's 50 MiB limit), so the stress shape keeps the 48 MB (MiB): 235,000 events.
 */
export function manyEvents(seed: number, events = 235_000): Dataset {
  const random = prng(seed * 47 + events);
  const actors: Actor[] = Array.from({ length: 500 }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i}`,
    kind: 'organization',
  }));
  const words: string[] = [];
  const starts: number[] = [];
  let size = 0;
  for (let i = 0; i < 15_000; i++) {
    const word = WORDS[int(random, 0, WORDS.length - 1)] as string;
    starts.push(size);
    words.push(word);
    size += word.length + 1;
  }
  const text = words.join(' ');
  const kinds = ['aid', 'war', 'talks', 'vote', 'deal', 'raid'];
  const out: TimelineEvent[] = [];
  for (let i = 0; i < events; i++) {
    const at = int(random, 0, starts.length - 2);
    const start = starts[at] as number;
    const end = (starts[at + 1] as number) - 1;
    out.push({
      id: `e${i.toString(36)}`,
      title: `Event ${i.toString(36)}`,
      summary: '',
      kind: kinds[i % kinds.length] as string,
      date: { value: day(random), expression: '', note: '' },
      actors: i % 3 === 0 ? [{ id: `a${Math.floor(500 * random() ** 2)}`, role: 'by' }] : [],
      passages: [{ source: 'text', exact: text.slice(start, end), start, end }],
    });
  }
  return {
    ...base(`stress-events-${events}`, `${events.toLocaleString('en')} events`, text),
    actors,
    events: out,
  };
}

export const STRESS_SHAPES: StressShape[] = [
  {
    label: 'kinds-2000',
    what: '2,000 kinds, group=kind',
    params: { group: 'kind' },
    make: (s) => manyKinds(s),
  },
  { label: 'lines-500k', what: '500,000 one-letter lines', params: {}, make: (s) => manyLines(s) },
  { label: 'actors-100k', what: '100,000 actors', params: {}, make: (s) => manyActors(s) },
  { label: 'line-45mb', what: '45 MB single-line text', params: {}, make: (s) => singleLine(s) },
  { label: 'events-235k', what: '235,000 events (48 MB)', params: {}, make: (s) => manyEvents(s) },
];
