import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandsFor, EDITS_BY_TYPE, editPick } from '../testing/edits';
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
} from './commandBuilders';
import {
  applyCommand,
  type Command,
  CommandError,
  commandLabel,
  invert,
  sameValue,
  squash,
  upgradeCommand,
} from './commands';
import type { Dataset } from './schema';

const seed = JSON.parse(
  readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;
const frozen = structuredClone(seed);
const withPeriods: Dataset = {
  ...seed,
  periods: [
    { id: 'war', title: 'War', date: { value: '2001/2021' } },
    { id: 'talks', title: 'Talks', date: { value: '2021-10', note: 'From the article.' } },
  ],
};

/** An element that must exist (keeps the tests free of non-null assertions). */
function at<T>(items: readonly T[] | undefined, index: number): T {
  const item = items?.[index];
  if (item === undefined) throw new Error(`no element at ${index}`);
  return item;
}

const talks = seed.events.find((event) => event.id === 'doha-talks');
if (!talks) throw new Error('the seed has no doha-talks event');
const passage = at(talks.passages, 0);
const source = at(seed.sources, 0);

/** One command of each type, made against the dataset it is applied to. */
const EXAMPLES: Array<[string, Dataset, Command]> = [
  ['set-dataset-field', seed, setDatasetField(seed, 'title', 'A new title')],
  ['set-dataset-field (remove)', seed, setDatasetField(seed, 'description', undefined)],
  ['set-event-field', seed, setEventField(seed, 'doha-talks', 'title', 'Talks in Doha')],
  [
    'set-event-field (date)',
    seed,
    setEventField(seed, 'doha-talks', 'date', { value: '2021-10', expression: '', note: '' }),
  ],
  ['set-event-field (remove)', seed, setEventField(seed, 'doha-talks', 'location', undefined)],
  [
    'set-event-field (add)',
    seed,
    setEventField(seed, 'doha-talks', 'media', { url: 'https://a.b/c' }),
  ],
  ['set-actor-field', seed, setActorField(seed, 'taliban', 'aliases', ['Islamic Emirate'])],
  ['set-source-field', seed, setSourceField(seed, source.id, 'publisher', 'Latin Post (US)')],
  ['set-period-field', withPeriods, setPeriodField(withPeriods, 'war', 'title', 'The war')],
  ['add-event', seed, addEvent(seed, { ...talks, id: 'new-talks' }, 3)],
  ['delete-event', seed, deleteEvent(seed, 'doha-talks')],
  [
    'add-passage',
    seed,
    addPassage(
      seed,
      'doha-talks',
      { ...passage, start: 0, end: 3, exact: source.text.slice(0, 3) },
      0,
    ),
  ],
  ['remove-passage', seed, removePassage(seed, 'doha-talks', 0)],
  ['set-passage', seed, setPassage(seed, 'doha-talks', 0, { ...passage, prefix: undefined })],
  ['add-actor', seed, addActor(seed, { id: 'new-actor', name: 'New', kind: 'person' }, 0)],
  ['remove-actor', seed, removeActor(seed, 'qatar')],
  ['add-source', seed, addSource(seed, { ...source, id: 'second-source' })],
  ['remove-source', seed, removeSource(seed, source.id)],
  ['add-period', seed, addPeriod(seed, { id: 'p', title: 'P', date: { value: '2021' } })],
  [
    'add-period (to a list)',
    withPeriods,
    addPeriod(withPeriods, { id: 'p', title: 'P', date: { value: '2021' } }, 1),
  ],
  ['remove-period', withPeriods, removePeriod(withPeriods, 'talks')],
  [
    'batch',
    seed,
    batch('add an actor and name it in an event', [
      addActor(seed, { id: 'new-actor', name: 'New', kind: 'person' }),
      setEventField(seed, 'doha-talks', 'actors', [{ id: 'new-actor', role: 'host' }]),
    ]),
  ],
];

describe('each command', () => {
  it.each(EXAMPLES)(
    '%s: changes the dataset, and its inverse gives back the original',
    (_, before, command) => {
      const copy = structuredClone(before);
      const after = applyCommand(before, command);
      expect(after).not.toEqual(before);
      expect(applyCommand(after, invert(command))).toEqual(before);
      expect(invert(invert(command))).toEqual(command);
      // Pure: the dataset it was given is untouched.
      expect(before).toEqual(copy);
      expect(commandLabel(command)).toMatch(/\S/);
    },
  );

  it('leaves every object it does not change as it was (shared, not copied)', () => {
    const after = applyCommand(seed, setEventField(seed, 'doha-talks', 'title', 'Talks in Doha'));
    const i = seed.events.indexOf(talks);
    after.events.forEach((event, e) => {
      if (e !== i) expect(event).toBe(seed.events[e]);
    });
    expect(after.events[i]).not.toBe(talks);
    expect(after.actors).toBe(seed.actors);
    expect(after.sources).toBe(seed.sources);
  });

  it('puts a deleted event back at its position on undo', () => {
    const command = deleteEvent(seed, 'doha-talks');
    const after = applyCommand(seed, command);
    expect(after.events.map((e) => e.id)).not.toContain('doha-talks');
    const back = applyCommand(after, invert(command));
    expect(back.events.indexOf(talks)).toBe(seed.events.indexOf(talks));
  });

  it('adds the periods field with the first period, and its inverse takes it away again', () => {
    const command = addPeriod(seed, { id: 'p', title: 'P', date: { value: '2021' } });
    const after = applyCommand(seed, command);
    expect(after.periods).toHaveLength(1);
    const back = applyCommand(after, invert(command));
    expect('periods' in back).toBe(false);
  });

  it('leaves an optional field absent, not undefined, when it is removed', () => {
    const after = applyCommand(seed, setEventField(seed, 'doha-talks', 'location', undefined));
    expect('location' in at(after.events, seed.events.indexOf(talks))).toBe(false);
  });
});

describe('commands that do not fit', () => {
  it('refuses a target that does not exist', () => {
    const command = setEventField(seed, 'doha-talks', 'title', 'x');
    const without = applyCommand(seed, deleteEvent(seed, 'doha-talks'));
    expect(() => applyCommand(without, command)).toThrow(CommandError);
    expect(() => applyCommand(without, command)).toThrow('There is no event “doha-talks”.');
  });

  it('refuses a change whose before is not what is there (a stale command)', () => {
    const command = setEventField(seed, 'doha-talks', 'title', 'x');
    const changed = applyCommand(seed, setEventField(seed, 'doha-talks', 'title', 'y'));
    expect(() => applyCommand(changed, command)).toThrow(
      'The event “doha-talks” has changed since this edit was made (its field title).',
    );
  });

  it('refuses to remove an item that is not the one at that position', () => {
    const command = deleteEvent(seed, 'doha-talks');
    const moved = applyCommand(seed, addEvent(seed, { ...talks, id: 'first' }, 0));
    expect(() => applyCommand(moved, command)).toThrow(CommandError);
    expect(() => applyCommand(seed, addEvent(seed, talks, 99))).toThrow(CommandError);
  });

  it('leaves the dataset untouched when a batch fails half-way', () => {
    const command = batch('two', [
      setEventField(seed, 'doha-talks', 'title', 'x'),
      {
        type: 'set-field',
        record: 'event',
        id: 'nowhere',
        field: 'title',
        before: 'a',
        after: 'b',
      },
    ]);
    expect(() => applyCommand(seed, command)).toThrow(CommandError);
    expect(seed).toEqual(frozen);
  });
});

describe('squash', () => {
  const typed = (from: string, to: string) => ({
    type: 'set-field' as const,
    record: 'event' as const,
    id: 'doha-talks',
    field: 'title' as const,
    before: from,
    after: to,
  });

  it('merges two consecutive edits of the same field of the same record', () => {
    expect(squash(typed('a', 'ab'), typed('ab', 'abc'))).toEqual(typed('a', 'abc'));
  });

  it('keeps apart edits of another field, another record, or not consecutive', () => {
    expect(squash(typed('a', 'ab'), { ...typed('x', 'y'), field: 'summary' })).toBeNull();
    expect(squash(typed('a', 'ab'), { ...typed('ab', 'abc'), id: 'other' })).toBeNull();
    expect(squash(typed('a', 'ab'), typed('zz', 'abc'))).toBeNull();
    expect(squash(deleteEvent(seed, 'doha-talks'), typed('ab', 'abc'))).toBeNull();
  });
});

describe('commands saved by earlier versions', () => {
  it('reads the five set-*-field commands as set-field, in batches too', () => {
    const old = [
      { type: 'set-dataset-field', field: 'title', before: 'a', after: 'b' },
      { type: 'set-event-field', eventId: 'e', field: 'title', before: 'a', after: 'b' },
      { type: 'set-actor-field', actorId: 'x', field: 'name', before: 'a', after: 'b' },
      { type: 'set-source-field', sourceId: 's', field: 'url', before: undefined, after: 'b' },
      { type: 'set-period-field', periodId: 'p', field: 'title', before: 'a', after: 'b' },
    ] as unknown as Command[];
    expect(old.map(upgradeCommand)).toEqual([
      { type: 'set-field', record: 'dataset', id: '', field: 'title', before: 'a', after: 'b' },
      { type: 'set-field', record: 'event', id: 'e', field: 'title', before: 'a', after: 'b' },
      { type: 'set-field', record: 'actor', id: 'x', field: 'name', before: 'a', after: 'b' },
      { type: 'set-field', record: 'source', id: 's', field: 'url', before: undefined, after: 'b' },
      { type: 'set-field', record: 'period', id: 'p', field: 'title', before: 'a', after: 'b' },
    ]);
    const upgraded = upgradeCommand(batch('two', old.slice(1, 3)));
    expect(upgraded.type === 'batch' && upgraded.commands.map((c) => c.type)).toEqual([
      'set-field',
      'set-field',
    ]);
    // An old title edit of the seed applies as it did.
    const title = upgradeCommand({
      type: 'set-event-field',
      eventId: 'doha-talks',
      field: 'title',
      before: talks.title,
      after: 'Talks',
    } as unknown as Command);
    expect(applyCommand(seed, title).events.find((e) => e.id === 'doha-talks')?.title).toBe(
      'Talks',
    );
    const add = addEvent(seed, { ...talks, id: 'new' });
    expect(upgradeCommand(add)).toBe(add);
  });
});

describe('sameValue', () => {
  it('compares JSON-like values deeply, an undefined key as absent', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});

describe('any sequence of commands (property)', () => {
  it('draws every command type, each kind of random edit making the type it is listed under', () => {
    const made = new Set<string>();
    fc.assert(
      fc.property(fc.boolean(), editPick, (periods, pick) => {
        // With a second article, which may be removed.
        const base = periods ? withPeriods : seed;
        const start = applyCommand(base, addSource(base, { ...source, id: 'second' }));
        for (const [type, edits] of Object.entries(EDITS_BY_TYPE)) {
          for (const edit of edits) {
            const command = edit(start, pick);
            if (!command) continue;
            expect(command.type).toBe(type);
            made.add(type);
          }
        }
      }),
      { numRuns: 50 },
    );
    expect([...made].sort()).toEqual(Object.keys(EDITS_BY_TYPE).sort());
  });

  it('is undone by the inverses in reverse order, and redone by replaying it', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(editPick, { maxLength: 25 }), (periods, picks) => {
        const start = periods ? withPeriods : seed;
        const commands = commandsFor(start, picks);
        const states = [start];
        for (const command of commands)
          states.push(applyCommand(states.at(-1) as Dataset, command));
        const end = states.at(-1) as Dataset;
        let undone = end;
        for (const command of [...commands].reverse())
          undone = applyCommand(undone, invert(command));
        expect(undone).toEqual(start);
        const redone = commands.reduce(applyCommand, undone);
        expect(redone).toEqual(end);
      }),
      { numRuns: 200 },
    );
  });
});
