// Random edits for property tests: a pick (numbers and a string, drawn by fast-check) turned into
// a command that fits the dataset as it is, covering every command type. Used only by tests.
import fc from 'fast-check';
import {
  addActor,
  addEvent,
  addPassage,
  addPeriod,
  addSource,
  batch,
  deleteEvent,
  removeActor,
  removePassage,
  removePeriod,
  removeSource,
  setActorField,
  setDatasetField,
  setEventField,
  setPassage,
  setPeriodField,
  setSourceField,
} from '../dataset/commandBuilders';
import { applyCommand, type Command, type CommandType } from '../dataset/commands';
import type { Dataset, Passage, TimelineEvent } from '../dataset/schema';

export interface EditPick {
  op: number;
  a: number;
  b: number;
  text: string;
}

const DATES = ['2021-10-08', '2021-08~', '2021-10-09/2021-10-10', '2021-08-30/..', '2020', 'x'];
const KINDS = ['attack', 'diplomacy', 'statement', 'new-kind'];

const at = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[Math.abs(n) % list.length];

/** An id not used yet in the list: `base-1`, `base-2`… */
function unusedId(list: ReadonlyArray<{ id: string }>, base: string): string {
  const used = new Set(list.map((item) => item.id));
  let n = 1;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A passage quoting some words of a source (the first one when `n` picks none). */
function somePassage(dataset: Dataset, n: number): Passage | null {
  const source = at(dataset.sources, n);
  if (!source) return null;
  const start = Math.abs(n) % Math.max(1, source.text.length - 20);
  const end = Math.min(source.text.length, start + 12);
  return { source: source.id, exact: source.text.slice(start, end), start, end };
}

const title = (text: string) => `Edited ${text}`.trim();

type Edit = (dataset: Dataset, pick: EditPick) => Command | null;

/**
 * The kinds of edit, by the command each makes: the record's type lists every command type, so a
 * new command without a way to make it at random does not compile.
 */
const EDITS: { readonly [T in CommandType]: readonly Edit[] } = {
  'set-field': [
    (d, { a, text }) => {
      const event = at(d.events, a);
      return event ? setEventField(d, event.id, 'title', title(text)) : null;
    },
    (d, { a, text }) => {
      const event = at(d.events, a);
      return event ? setEventField(d, event.id, 'summary', text) : null;
    },
    (d, { a, b }) => {
      const event = at(d.events, a);
      return event ? setEventField(d, event.id, 'kind', at(KINDS, b) as string) : null;
    },
    (d, { a, b, text }) => {
      const event = at(d.events, a);
      const value = at(DATES, b) as string;
      return event
        ? setEventField(d, event.id, 'date', { value, expression: text, note: '' })
        : null;
    },
    (d, { a, b }) => {
      const event = at(d.events, a);
      const actor = at(d.actors, b);
      if (!event) return null;
      const actors = actor ? [...event.actors.slice(1), { id: actor.id, role: 'subject' }] : [];
      return setEventField(d, event.id, 'actors', actors);
    },
    (d, { a, text }) => {
      const event = at(d.events, a);
      if (!event) return null;
      return setEventField(
        d,
        event.id,
        'location',
        event.location ? undefined : { name: title(text) },
      );
    },
    (d, { a, b, text }) => {
      const actor = at(d.actors, a);
      if (!actor) return null;
      if (b % 3 === 0) return setActorField(d, actor.id, 'name', title(text));
      if (b % 3 === 1)
        return setActorField(d, actor.id, 'aliases', actor.aliases ? undefined : [text]);
      return setActorField(d, actor.id, 'description', text || undefined);
    },
    (d, { a, text }) => {
      const source = at(d.sources, a);
      return source ? setSourceField(d, source.id, 'title', title(text)) : null;
    },
    (d, { a, text }) => {
      // Words put before the text: every passage of the source moves (re-anchored on derivation).
      const source = at(d.sources, a);
      return source ? setSourceField(d, source.id, 'text', `${text} ${source.text}`) : null;
    },
    (d, { a, text }) => {
      const period = at(d.periods ?? [], a);
      return period ? setPeriodField(d, period.id, 'title', title(text)) : null;
    },
    (d, { a, text }) =>
      a % 2 === 0
        ? setDatasetField(d, 'title', title(text))
        : setDatasetField(d, 'description', d.description === undefined ? text : undefined),
  ],
  'add-event': [
    (d, { a, b, text }) => {
      const template = at(d.events, a);
      const passage = template?.passages[0] ?? somePassage(d, b);
      if (!passage) return null;
      const event: TimelineEvent = {
        id: unusedId(d.events, 'new-event'),
        title: title(text),
        summary: '',
        kind: at(KINDS, b) as string,
        date: { value: at(DATES, a) as string, expression: '', note: '' },
        actors: template?.actors ?? [],
        passages: [passage],
      };
      return addEvent(d, event, Math.abs(b) % (d.events.length + 1));
    },
  ],
  'delete-event': [
    (d, { a }) => {
      const event = at(d.events, a);
      return event ? deleteEvent(d, event.id) : null;
    },
  ],
  'add-passage': [
    (d, { a, b }) => {
      const event = at(d.events, a);
      const passage = at(d.events, b)?.passages[0] ?? somePassage(d, b);
      if (!event || !passage) return null;
      return addPassage(d, event.id, passage, Math.abs(b) % (event.passages.length + 1));
    },
  ],
  'remove-passage': [
    (d, { a, b }) => {
      const event = at(d.events, a);
      if (!event || event.passages.length < 2) return null;
      return removePassage(d, event.id, Math.abs(b) % event.passages.length);
    },
  ],
  'set-passage': [
    (d, { a, b }) => {
      const event = at(d.events, a);
      const passage = somePassage(d, b);
      if (!event || !passage) return null;
      return setPassage(d, event.id, Math.abs(b) % event.passages.length, passage);
    },
  ],
  'add-actor': [
    (d, { b, text }) =>
      addActor(
        d,
        { id: unusedId(d.actors, 'new-actor'), name: title(text), kind: 'person' },
        Math.abs(b) % (d.actors.length + 1),
      ),
  ],
  'remove-actor': [
    (d, { a }) => {
      const actor = at(d.actors, a);
      return actor ? removeActor(d, actor.id) : null;
    },
  ],
  'add-source': [
    (d, { text }) => {
      const base = d.sources[0];
      if (!base) return null;
      const source = { ...base, id: unusedId(d.sources, 'new-source'), title: title(text) };
      return addSource(d, source);
    },
  ],
  'remove-source': [
    (d, { a }) => {
      const source = at(d.sources, a);
      return source && d.sources.length > 1 ? removeSource(d, source.id) : null;
    },
  ],
  'add-period': [
    (d, { a, b, text }) =>
      addPeriod(
        d,
        {
          id: unusedId(d.periods ?? [], 'new-period'),
          title: title(text),
          date: { value: at(DATES, a) as string },
        },
        Math.abs(b) % ((d.periods?.length ?? 0) + 1),
      ),
  ],
  'remove-period': [
    (d, { a }) => {
      const period = at(d.periods ?? [], a);
      return period ? removePeriod(d, period.id) : null;
    },
  ],
  // Two edits as one step: the second made against the dataset after the first.
  batch: [
    (d, pick) => {
      const first = at(SINGLE, pick.a)?.(d, pick);
      if (!first) return null;
      const second = at(SINGLE, pick.b)?.(applyCommand(d, first), { ...pick, a: pick.a + 1 });
      return batch('two edits', second ? [first, second] : [first]);
    },
  ],
};

/** Every kind of edit but a batch of them, then all of them. */
const SINGLE: readonly Edit[] = Object.entries(EDITS)
  .filter(([type]) => type !== 'batch')
  .flatMap(([, edits]) => edits);
const ALL: readonly Edit[] = Object.values(EDITS).flat();

/** The command types the edits are listed under, for a test that each makes its own type. */
export const EDITS_BY_TYPE = EDITS;

/** A command that fits `dataset`, or null when the picked kind of edit has nothing to act on. */
export function editFor(dataset: Dataset, pick: EditPick): Command | null {
  return (at(ALL, pick.op) as Edit)(dataset, pick);
}

/** How many kinds of edit `editFor` knows (`op` picks one of them). */
export const EDIT_KINDS = ALL.length;

/** A pick for `editFor`. */
export const editPick: fc.Arbitrary<EditPick> = fc.record({
  op: fc.nat(EDIT_KINDS * 2),
  a: fc.nat(1_000),
  b: fc.nat(1_000),
  text: fc.string({ maxLength: 12 }),
});

/** The commands a list of picks makes, each against the dataset the ones before it left. */
export function commandsFor(start: Dataset, picks: readonly EditPick[]): Command[] {
  const commands: Command[] = [];
  let dataset = start;
  for (const pick of picks) {
    const command = editFor(dataset, pick);
    if (!command) continue;
    commands.push(command);
    dataset = applyCommand(dataset, command);
  }
  return commands;
}
