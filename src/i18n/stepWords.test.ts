// Undo steps in the interface's language: every field of every record and every kind of command
// has its message, the English catalogue says each exactly as the pure code does (the CLIs and
// tests read that), and another language says its own words around the data's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
import { type Command, commandLabel, commandSaid } from '../dataset/commands';
import { said } from '../dataset/said';
import type { Dataset } from '../dataset/schema';
import { LOCALES } from '../model/locales';
import { translatorFromFile } from './catalogueFile';
import { stepWords } from './stepWords';

const translator = translatorFromFile;
const seed = JSON.parse(
  readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;
const event = seed.events[0] as Dataset['events'][number];
const actor = seed.actors[0] as Dataset['actors'][number];
const source = seed.sources[0] as Dataset['sources'][number];
const period = { id: 'p', title: 'A period', date: { value: '2021-10' } };
const withPeriod: Dataset = { ...seed, periods: [period] };

/** One command of every kind, and every field of every record. */
const COMMANDS: Command[] = [
  ...(['id', 'title', 'description'] as const).map((f) => setDatasetField(seed, f, 'x')),
  ...(['title', 'summary', 'kind', 'date', 'location', 'media'] as const).map((f) =>
    setEventField(seed, event.id, f, undefined as never),
  ),
  setEventField(seed, event.id, 'actors', []),
  ...(['name', 'kind', 'aliases', 'description'] as const).map((f) =>
    setActorField(seed, actor.id, f, undefined as never),
  ),
  ...(['title', 'publisher', 'author', 'published', 'url', 'attribution', 'text'] as const).map(
    (f) => setSourceField(seed, source.id, f, undefined as never),
  ),
  setPeriodField(withPeriod, 'p', 'title', 'B'),
  setPeriodField(withPeriod, 'p', 'date', { value: '2022' }),
  addEvent(seed, { ...event, id: 'new' }),
  deleteEvent(seed, event.id),
  addPassage(seed, event.id, event.passages[0] as never),
  removePassage(seed, event.id, 0),
  setPassage(seed, event.id, 0, event.passages[0] as never),
  addActor(seed, { ...actor, id: 'new' }),
  removeActor(seed, actor.id),
  addSource(seed, { ...source, id: 'new' }),
  removeSource(seed, source.id),
  addPeriod(seed, period),
  removePeriod(withPeriod, 'p'),
  batch(said('addActorToEvent', {}, 'add a new actor to the event'), []),
  batch(said('deleteActor', { name: 'Taliban' }, 'delete the actor “Taliban”'), []),
  batch(said('addSuggested', { count: 1 }, 'add 1 suggested event'), []),
  batch(said('addSuggested', { count: 12 }, 'add 12 suggested events'), []),
  batch(said('updateText', {}, 'update the article text'), []),
];

describe('an undo step’s words', () => {
  it('in English from the catalogue, are exactly the pure code’s', () => {
    const { t } = translator('en');
    for (const command of COMMANDS) {
      const step = commandSaid(command);
      expect(stepWords(step, 'english', t)).toBe(commandLabel(command));
    }
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('in %s, are all its own', (locale) => {
    const { t } = translator(locale);
    for (const command of COMMANDS) {
      const words = stepWords(commandSaid(command), commandLabel(command), t);
      expect(words).not.toBe(commandLabel(command));
      expect(words).not.toMatch(/editor\.undoName/);
    }
  });

  it('in French, with the data’s words and counts in place', () => {
    const { t } = translator('fr');
    const say = (command: Command) => stepWords(commandSaid(command), '', t);
    expect(say(setEventField(seed, event.id, 'title', 'x'))).toBe(
      'modifier le titre de l’événement',
    );
    expect(say(setSourceField(seed, source.id, 'published', '2021-10-10'))).toBe(
      'modifier la date de publication de la source',
    );
    expect(say(batch(said('deleteActor', { name: 'Taliban' }, ''), []))).toBe(
      'supprimer l’acteur « Taliban »',
    );
    expect(say(batch(said('addSuggested', { count: 3 }, ''), []))).toBe(
      'ajouter 3 événements suggérés',
    );
    expect(t('editor.undoStep', { step: say(deleteEvent(seed, event.id)) })).toBe(
      'Annuler : supprimer un événement',
    );
  });

  it('of a step saved without a code (an earlier version), or with an unknown one, stay English', () => {
    const { t } = translator('fr');
    expect(stepWords(undefined, 'change the event’s title', t)).toBe('change the event’s title');
    expect(stepWords(said('constructor', {}, 'x'), 'do something', t)).toBe('do something');
    const plain = batch('merge two events', []);
    expect(stepWords(commandSaid(plain), commandLabel(plain), t)).toBe('merge two events');
  });
});
