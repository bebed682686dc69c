// Edits as data. Every change to a dataset is a command: a plain, serialisable object that says
// what changes and what was there before, so that it can be applied, inverted (undo), replayed
// (redo), merged with the next one (a run of typing in one field) and sent to whoever saves the
// work, all through one function. Modelled on Excalidraw's actions (a registry of definitions,
// one per command type, each with its label and how to perform it) and tldraw's history (marks
// and squashing: see src/state/documentSlice.ts). Pure: `applyCommand` never mutates the dataset
// it is given and shares every object it does not change, so the derivation can tell what an edit
// left alone by identity.

import { type Said, type SaidValues, said } from './said';
import type { Actor, Dataset, Passage, Period, Source, TimelineEvent } from './schema';

export type DatasetField = 'id' | 'title' | 'description';
export type EventField = 'title' | 'summary' | 'kind' | 'date' | 'actors' | 'location' | 'media';
export type ActorField = 'name' | 'kind' | 'aliases' | 'description';
export type SourceField =
  | 'title'
  | 'publisher'
  | 'author'
  | 'published'
  | 'url'
  | 'attribution'
  | 'text';
export type PeriodField = 'title' | 'date';

/** One field's value before and after (`undefined`: an optional field that is absent). */
type Change<T, K extends keyof T> = { [F in K]: { field: F; before: T[F]; after: T[F] } }[K];

/**
 * One field of one record set to a value (tldraw's one "updated" diff for every record type,
 * instead of a command per type). `id` names the record in its list ('' for the dataset itself).
 */
export type SetField =
  | ({ type: 'set-field'; record: 'dataset'; id: string } & Change<Dataset, DatasetField>)
  | ({ type: 'set-field'; record: 'event'; id: string } & Change<TimelineEvent, EventField>)
  | ({ type: 'set-field'; record: 'actor'; id: string } & Change<Actor, ActorField>)
  | ({ type: 'set-field'; record: 'source'; id: string } & Change<Source, SourceField>)
  | ({ type: 'set-field'; record: 'period'; id: string } & Change<Period, PeriodField>);

/** The kinds of record a field command changes. */
export type RecordKind = SetField['record'];

export type Command =
  | SetField
  /** `index` is the position in `events` (0 to its length). */
  | { type: 'add-event'; index: number; event: TimelineEvent }
  /** Its inverse puts the event back at the same position. */
  | { type: 'delete-event'; index: number; event: TimelineEvent }
  | { type: 'add-passage'; eventId: string; index: number; passage: Passage }
  | { type: 'remove-passage'; eventId: string; index: number; passage: Passage }
  /** A passage moved or re-anchored (a new quote, new offsets or context). */
  | { type: 'set-passage'; eventId: string; index: number; before: Passage; after: Passage }
  | { type: 'add-actor'; index: number; actor: Actor }
  | { type: 'remove-actor'; index: number; actor: Actor }
  | { type: 'add-source'; index: number; source: Source }
  | { type: 'remove-source'; index: number; source: Source }
  /** `createsList`: the dataset had no `periods` field, and the first period makes one. */
  | { type: 'add-period'; index: number; period: Period; createsList: boolean }
  /** `dropsList`: removing the last period removes the `periods` field too. */
  | { type: 'remove-period'; index: number; period: Period; dropsList: boolean }
  /** Several commands as one step (say, an event and the new actor it names). */
  | {
      type: 'batch';
      /** Its English words; `code` and `values` say them for a view in another language. */
      label: string;
      code?: string;
      values?: SaidValues;
      commands: readonly Command[];
    };

export type CommandType = Command['type'];
type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** A command that does not fit the dataset: its target is missing, or was changed since. */
/** A command that does not fit the dataset: its English words, and a code with values (`said`). */
export class CommandError extends Error {
  override name = 'CommandError';
  readonly said: Said;
  constructor(words: Said) {
    super(words.text);
    this.said = words;
  }
}

/** Refuses a command: what a view says (i18n/noticeWords.ts) by `code`, in English `text`. */
export function refuse(code: string, values: SaidValues, text: string): never {
  throw new CommandError(said(code, values, text));
}

/** What a command names: a kind of record, or a passage. */
export type Listed = 'event' | 'actor' | 'source' | 'period' | 'passage';

/** Deep equality of JSON-like values; a key holding `undefined` counts as absent. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const xs = keys(x);
  if (xs.length !== keys(y).length) return false;
  return xs.every((k) => Object.hasOwn(y, k) && sameValue(x[k], y[k]));
}

export const quote = (id: string) => `“${id.length > 60 ? `${id.slice(0, 57)}…` : id}”`;

export function positionOf<T extends { id: string }>(
  list: readonly T[],
  id: string,
  what: Listed,
): number {
  const at = list.findIndex((item) => item.id === id);
  if (at === -1) refuse('commandNoRecord', { what, id }, `There is no ${what} ${quote(id)}.`);
  return at;
}

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy[index] = item;
  return copy;
}

function insertAt<T>(list: readonly T[], index: number, item: T, what: Listed): T[] {
  if (!Number.isInteger(index) || index < 0 || index > list.length) {
    refuse(
      'commandBadPosition',
      { what, index, length: list.length },
      `Cannot add ${what === 'event' || what === 'actor' ? 'an' : 'a'} ${what} at position ${index} of ${list.length}.`,
    );
  }
  const copy = list.slice();
  copy.splice(index, 0, item);
  return copy;
}

function removeAt<T>(list: readonly T[], index: number, item: T, what: Listed): T[] {
  if (!sameValue(list[index], item)) {
    refuse(
      'commandNotToRemove',
      { what, index },
      `The ${what} at position ${index} is not the one to remove.`,
    );
  }
  const copy = list.slice();
  copy.splice(index, 1);
  return copy;
}

/** The object with one field changed (`undefined` removes it), after checking its old value. */
function withField<T extends object, K extends keyof T>(
  target: T,
  field: K,
  before: T[K],
  after: T[K],
  record: RecordKind,
  id: string,
): T {
  if (!sameValue(target[field], before)) {
    const what = record === 'dataset' ? 'The dataset' : `The ${record} ${quote(id)}`;
    refuse(
      'commandFieldChanged',
      { record, field: String(field), id },
      `${what} has changed since this edit was made (its field ${String(field)}).`,
    );
  }
  if (after === undefined) {
    const copy = { ...target };
    delete copy[field];
    return copy;
  }
  return { ...target, [field]: after };
}

function editEvent(
  dataset: Dataset,
  eventId: string,
  edit: (event: TimelineEvent) => TimelineEvent,
): Dataset {
  return { ...dataset, events: editListed(dataset.events, eventId, 'event', edit) };
}

function editListed<T extends { id: string }>(
  list: readonly T[],
  id: string,
  what: Listed,
  edit: (item: T) => T,
): T[] {
  const at = positionOf(list, id, what);
  return replaceAt(list, at, edit(list[at] as T));
}

interface Definition<C extends Command> {
  /** Words for an Undo or Redo button: "Undo <label>". */
  label: (command: C) => string;
  perform: (dataset: Dataset, command: C) => Dataset;
  invert: (command: C) => Command;
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  id: 'id',
  title: 'title',
  description: 'description',
  summary: 'summary',
  kind: 'kind',
  date: 'date',
  actors: 'actors',
  location: 'location',
  media: 'media',
  name: 'name',
  aliases: 'aliases',
  publisher: 'publisher',
  author: 'author',
  published: 'publication day',
  url: 'address',
  attribution: 'attribution',
  text: 'text',
};

const RECORD_WORDS: Readonly<Record<RecordKind, string>> = {
  dataset: 'dataset',
  event: 'event',
  actor: 'actor',
  source: 'source',
  period: 'period',
};

/** The dataset with one field of one record changed, after checking the field's old value. */
function setFieldOf(dataset: Dataset, c: SetField): Dataset {
  const set = <T extends object>(target: T, record: RecordKind): T =>
    withField(target, c.field as keyof T, c.before as never, c.after as never, record, c.id);
  const edit = <T extends { id: string }>(
    list: readonly T[],
    what: Exclude<RecordKind, 'dataset'>,
  ) => editListed(list, c.id, what, (item) => set(item, what));
  switch (c.record) {
    case 'dataset':
      return set(dataset, 'dataset');
    case 'event':
      return { ...dataset, events: edit(dataset.events, 'event') };
    case 'actor':
      return { ...dataset, actors: edit(dataset.actors, 'actor') };
    case 'source':
      return { ...dataset, sources: edit(dataset.sources, 'source') };
    case 'period':
      return { ...dataset, periods: edit(dataset.periods ?? [], 'period') };
  }
}

const swap = <C extends { before: unknown; after: unknown }>(command: C): C => ({
  ...command,
  before: command.after,
  after: command.before,
});

// The registry: one definition per command type (Excalidraw's actions, as plain data plus this).
const DEFINITIONS: { [T in CommandType]: Definition<CommandOf<T>> } = {
  'set-field': {
    label: (c) => `change the ${RECORD_WORDS[c.record]}’s ${FIELD_WORDS[c.field]}`,
    perform: setFieldOf,
    invert: swap,
  },
  'add-event': {
    label: () => 'add an event',
    perform: (dataset, c) => ({
      ...dataset,
      events: insertAt(dataset.events, c.index, c.event, 'event'),
    }),
    invert: (c) => ({ type: 'delete-event', index: c.index, event: c.event }),
  },
  'delete-event': {
    label: () => 'delete an event',
    perform: (dataset, c) => ({
      ...dataset,
      events: removeAt(dataset.events, c.index, c.event, 'event'),
    }),
    invert: (c) => ({ type: 'add-event', index: c.index, event: c.event }),
  },
  'add-passage': {
    label: () => 'add a passage',
    perform: (dataset, c) =>
      editEvent(dataset, c.eventId, (event) => ({
        ...event,
        passages: insertAt(event.passages, c.index, c.passage, 'passage'),
      })),
    invert: (c) => ({ ...c, type: 'remove-passage' }),
  },
  'remove-passage': {
    label: () => 'remove a passage',
    perform: (dataset, c) =>
      editEvent(dataset, c.eventId, (event) => ({
        ...event,
        passages: removeAt(event.passages, c.index, c.passage, 'passage'),
      })),
    invert: (c) => ({ ...c, type: 'add-passage' }),
  },
  'set-passage': {
    label: () => 'change a passage',
    perform: (dataset, c) =>
      editEvent(dataset, c.eventId, (event) => {
        if (!sameValue(event.passages[c.index], c.before)) {
          refuse(
            'commandPassageChanged',
            { index: c.index, eventId: c.eventId },
            `Passage ${c.index} of event ${quote(c.eventId)} has changed since this edit was made.`,
          );
        }
        return { ...event, passages: replaceAt(event.passages, c.index, c.after) };
      }),
    invert: swap,
  },
  'add-actor': {
    label: () => 'add an actor',
    perform: (dataset, c) => ({
      ...dataset,
      actors: insertAt(dataset.actors, c.index, c.actor, 'actor'),
    }),
    invert: (c) => ({ ...c, type: 'remove-actor' }),
  },
  'remove-actor': {
    label: () => 'remove an actor',
    perform: (dataset, c) => ({
      ...dataset,
      actors: removeAt(dataset.actors, c.index, c.actor, 'actor'),
    }),
    invert: (c) => ({ ...c, type: 'add-actor' }),
  },
  'add-source': {
    label: () => 'add a source',
    perform: (dataset, c) => ({
      ...dataset,
      sources: insertAt(dataset.sources, c.index, c.source, 'source'),
    }),
    invert: (c) => ({ ...c, type: 'remove-source' }),
  },
  'remove-source': {
    label: () => 'remove a source',
    perform: (dataset, c) => ({
      ...dataset,
      sources: removeAt(dataset.sources, c.index, c.source, 'source'),
    }),
    invert: (c) => ({ ...c, type: 'add-source' }),
  },
  'add-period': {
    label: () => 'add a period',
    perform: (dataset, c) => {
      if (c.createsList !== (dataset.periods === undefined)) {
        if (c.createsList) refuse('commandHasPeriods', {}, 'The dataset already has periods.');
        refuse('commandNoPeriods', {}, 'The dataset has no periods.');
      }
      return { ...dataset, periods: insertAt(dataset.periods ?? [], c.index, c.period, 'period') };
    },
    invert: (c) => ({
      type: 'remove-period',
      index: c.index,
      period: c.period,
      dropsList: c.createsList,
    }),
  },
  'remove-period': {
    label: () => 'remove a period',
    perform: (dataset, c) => {
      const periods = removeAt(dataset.periods ?? [], c.index, c.period, 'period');
      if (!c.dropsList) return { ...dataset, periods };
      if (periods.length > 0) refuse('commandOtherPeriods', {}, 'Other periods remain.');
      const { periods: _gone, ...rest } = dataset;
      return rest;
    },
    invert: (c) => ({
      type: 'add-period',
      index: c.index,
      period: c.period,
      createsList: c.dropsList,
    }),
  },
  batch: {
    label: (c) => c.label,
    perform: (dataset, c) => c.commands.reduce(applyCommand, dataset),
    invert: (c) => ({ ...c, commands: c.commands.map(invert).reverse() }),
  },
};

function definitionOf<C extends Command>(command: C): Definition<C> {
  return DEFINITIONS[command.type] as unknown as Definition<C>;
}

/**
 * The dataset after the command: the one way a dataset changes. Throws a `CommandError` when the
 * command does not fit (its target is gone, or its `before` is not what is there): a stale command
 * is refused rather than applied to the wrong thing.
 */
export function applyCommand(dataset: Dataset, command: Command): Dataset {
  return definitionOf(command).perform(dataset, command);
}

/** The command that undoes this one: `applyCommand(applyCommand(d, c), invert(c))` equals `d`. */
export function invert(command: Command): Command {
  return definitionOf(command).invert(command);
}

/** What the command does, in English words for "Undo …" and "Redo …". */
export function commandLabel(command: Command): string {
  return definitionOf(command).label(command);
}

/**
 * What the command does by a code and values, for a view to say in its language ("set-field"
 * with its record and field, a batch's own code, else the command's type), and in English.
 */
export function commandSaid(command: Command): Said {
  const text = commandLabel(command);
  if (command.type === 'set-field') {
    return said('set-field', { record: command.record, field: command.field }, text);
  }
  if (command.type === 'batch') return said(command.code ?? 'batch', command.values ?? {}, text);
  return said(command.type, {}, text);
}

export function isFieldCommand(command: Command): command is SetField {
  return command.type === 'set-field';
}

/**
 * One command for two consecutive changes of the same field of the same record (typing in it),
 * from the first one's `before` to the second one's `after`; null when they do not merge.
 */
export function squash(first: Command, next: Command): Command | null {
  if (!isFieldCommand(first) || !isFieldCommand(next)) return null;
  const same = first.record === next.record && first.id === next.id && first.field === next.field;
  if (!same || !sameValue(first.after, next.before)) return null;
  return { ...first, after: next.after } as Command;
}

/** The command types of earlier versions, one per record type, and the record each names. */
const LEGACY_FIELD_TYPES: Readonly<Record<string, [RecordKind, string | null]>> = {
  'set-dataset-field': ['dataset', null],
  'set-event-field': ['event', 'eventId'],
  'set-actor-field': ['actor', 'actorId'],
  'set-source-field': ['source', 'sourceId'],
  'set-period-field': ['period', 'periodId'],
};

/**
 * A command as this version writes it, from one saved by an earlier version (histories and
 * journals kept in the browser): the five `set-*-field` commands became `set-field`. Anything
 * else comes back as it is; whether it fits a dataset is for `applyCommand` to say.
 */
export function upgradeCommand(command: Command): Command {
  const old = command as unknown as Record<string, unknown> & { type: string };
  const legacy = LEGACY_FIELD_TYPES[old.type];
  if (legacy) {
    const [record, idKey] = legacy;
    const { type: _type, ...rest } = old;
    const id = idKey ? String(old[idKey] ?? '') : '';
    if (idKey) delete rest[idKey];
    return { ...rest, type: 'set-field', record, id } as unknown as Command;
  }
  if (command.type === 'batch')
    return { ...command, commands: command.commands.map(upgradeCommand) };
  return command;
}
