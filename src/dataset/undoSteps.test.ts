// Undo and redo of two edits that touch more than one record: deleting an actor that events name
// (the events lose it in the same step, as the "Actors and sources" dialog does it) and moving a
// passage onto other words of its article (as the event editor does it). After each step the
// dataset is the one before, or the edited one, and the validator (strict anchors) accepts it.
// Both as commands alone and through the store's undo and redo.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../model/viewState';
import { editing } from '../state/editing';
import { resetStore, useStore } from '../state/store';
import { passageFromRange } from './anchor';
import { batch, removeActor, setEventField, setPassage } from './commandBuilders';
import { applyCommand, type Command, invert } from './commands';
import { parseDataset } from './parse';
import type { Dataset, Passage } from './schema';

const SEED_FILE = 'data/doha-talks-2021.json';
const seedJson = (): Dataset => JSON.parse(readFileSync(SEED_FILE, 'utf8'));

function seedLoaded() {
  const result = parseDataset(seedJson(), { anchors: 'strict' });
  if (!result.ok) throw new Error('seed dataset invalid');
  return result.value;
}

/** The validator's problems for a dataset (none: valid), on a JSON copy as a file would be. */
function problemsOf(dataset: Dataset): string[] {
  const result = parseDataset(JSON.parse(JSON.stringify(dataset)), { anchors: 'strict' });
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

/** Deleting an actor as src/editor/CastDialog.tsx does: the events that name it lose it too. */
function deleteActor(data: Dataset, actorId: string): Command {
  const offEvents = data.events
    .filter((event) => event.actors.some((ref) => ref.id === actorId))
    .map((event) =>
      setEventField(
        data,
        event.id,
        'actors',
        event.actors.filter((ref) => ref.id !== actorId),
      ),
    );
  return batch(`delete the actor “${actorId}”`, [...offEvents, removeActor(data, actorId)]);
}

/** Events naming the actor. */
const namedBy = (data: Dataset, actorId: string) =>
  data.events.filter((event) => event.actors.some((ref) => ref.id === actorId)).map((e) => e.id);

const EVENT = 'doha-talks';
const NEW_WORDS = 'the chaotic withdrawal of U.S. troops from Afghanistan';

/** Passage 0 of `doha-talks` moved onto other words, as src/editor/EventEditor.tsx does it. */
function movePassage(data: Dataset): { command: Command; passage: Passage } {
  const event = data.events.find((candidate) => candidate.id === EVENT);
  const source = data.sources.find((candidate) => candidate.id === event?.passages[0]?.source);
  if (!source) throw new Error('no source for the passage');
  const start = source.text.indexOf(NEW_WORDS);
  expect(start).toBeGreaterThan(0);
  const made = passageFromRange(source.text, source.id, start, start + NEW_WORDS.length);
  if (!made.ok) throw new Error(made.reason);
  return { command: setPassage(data, EVENT, 0, made.passage), passage: made.passage };
}

describe('undo and redo as commands', () => {
  it('deleting an actor that several events name: undo gives the dataset back, redo takes it off every event', () => {
    const before = seedJson();
    expect(problemsOf(before)).toEqual([]);
    const named = namedBy(before, 'taliban');
    expect(named.length).toBeGreaterThan(5);
    const command = deleteActor(before, 'taliban');

    const done = applyCommand(before, command);
    expect(problemsOf(done)).toEqual([]);
    expect(done.actors.some((actor) => actor.id === 'taliban')).toBe(false);
    expect(namedBy(done, 'taliban')).toEqual([]);

    const undone = applyCommand(done, invert(command));
    expect(undone).toEqual(before);
    expect(problemsOf(undone)).toEqual([]);
    // The events that named it name it again, in the same place among their actors.
    expect(namedBy(undone, 'taliban')).toEqual(named);

    const redone = applyCommand(undone, command);
    expect(problemsOf(redone)).toEqual([]);
    expect(redone).toEqual(done);
    expect(redone.actors.some((actor) => actor.id === 'taliban')).toBe(false);
    for (const event of redone.events) {
      expect(event.actors.map((ref) => ref.id)).not.toContain('taliban');
    }
    // The seed file itself is untouched by it all.
    expect(before).toEqual(seedJson());
  });

  it('removing the actor alone would leave the events naming an unknown actor', () => {
    const before = seedJson();
    const problems = problemsOf(applyCommand(before, removeActor(before, 'taliban')));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/taliban/);
  });

  it('moving a passage onto other words: undo gives the dataset back, redo moves it again', () => {
    const before = seedJson();
    const { command, passage } = movePassage(before);

    const done = applyCommand(before, command);
    expect(problemsOf(done)).toEqual([]);
    const moved = done.events.find((event) => event.id === EVENT)?.passages;
    expect(moved?.[0]).toEqual(passage);
    expect(moved?.[0]?.exact).toBe(NEW_WORDS);
    // The event's other passage stays where it was.
    expect(moved?.[1]).toEqual(before.events.find((event) => event.id === EVENT)?.passages[1]);

    const undone = applyCommand(done, invert(command));
    expect(undone).toEqual(before);
    expect(problemsOf(undone)).toEqual([]);

    const redone = applyCommand(undone, command);
    expect(redone).toEqual(done);
    expect(problemsOf(redone)).toEqual([]);
  });

  it('undoes both, one after the other, in the reverse order', () => {
    const before = seedJson();
    const move = movePassage(before).command;
    const afterMove = applyCommand(before, move);
    const remove = deleteActor(afterMove, 'taliban');
    const afterBoth = applyCommand(afterMove, remove);
    expect(problemsOf(afterBoth)).toEqual([]);
    const oneBack = applyCommand(afterBoth, invert(remove));
    expect(oneBack).toEqual(afterMove);
    expect(problemsOf(oneBack)).toEqual([]);
    const twoBack = applyCommand(oneBack, invert(move));
    expect(twoBack).toEqual(before);
    expect(problemsOf(twoBack)).toEqual([]);
  });
});

describe('undo and redo through the store', () => {
  const origin = { kind: 'bundled', id: 'doha-talks-2021' } as const;
  const state = () => useStore.getState();
  const dataset = () => {
    const { loaded } = state();
    if (!loaded) throw new Error('nothing loaded');
    return loaded.dataset;
  };

  beforeEach(() => {
    resetStore();
    state().showDataset(seedLoaded(), origin, DEFAULT_VIEW);
    state().enableEditing(editing);
  });

  it('deletes an actor that events name, undoes it and redoes it', () => {
    const before = dataset();
    const named = namedBy(before, 'taliban');
    state().dispatch((latest) => deleteActor(latest, 'taliban'));
    const done = dataset();
    expect(problemsOf(done)).toEqual([]);
    expect(namedBy(done, 'taliban')).toEqual([]);
    expect(state().loaded?.actorById.has('taliban')).toBe(false);

    state().undo();
    expect(dataset()).toEqual(before);
    expect(problemsOf(dataset())).toEqual([]);
    expect(namedBy(dataset(), 'taliban')).toEqual(named);
    expect(state().loaded?.actorById.has('taliban')).toBe(true);

    state().redo();
    expect(dataset()).toEqual(done);
    expect(problemsOf(dataset())).toEqual([]);
    expect(namedBy(dataset(), 'taliban')).toEqual([]);
  });

  it('moves a passage, undoes it and redoes it', () => {
    const before = dataset();
    state().dispatch((latest) => movePassage(latest).command);
    state().markHistory();
    const done = dataset();
    expect(problemsOf(done)).toEqual([]);
    expect(done.events.find((event) => event.id === EVENT)?.passages[0]?.exact).toBe(NEW_WORDS);

    state().undo();
    expect(dataset()).toEqual(before);
    expect(problemsOf(dataset())).toEqual([]);

    state().redo();
    expect(dataset()).toEqual(done);
    expect(problemsOf(dataset())).toEqual([]);
  });
});
