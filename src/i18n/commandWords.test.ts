// An edit that does not fit the dataset is refused with a code and values (dataset/commands.ts
// `refuse`): the notices that say so ("A change could not be applied: …") say why in the
// interface's language too, never the English reason inside translated words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { removePassage, setEventField } from '../dataset/commandBuilders';
import { applyCommand, type Command, CommandError } from '../dataset/commands';
import type { Dataset } from '../dataset/schema';
import { said } from '../model/said';
import { translatorFromFile } from './catalogueFile';
import { noticeWords } from './noticeWords';

const seed = JSON.parse(
  readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;
const first = seed.events[0] as Dataset['events'][number];
const period = { id: 'talks', title: 'Talks', date: { value: '2021-10' } };

/** The error a command (or a builder) is refused with. */
function refusal(run: () => unknown): CommandError {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const REFUSED: ReadonlyArray<[string, () => unknown]> = [
  ['an event that is gone', () => setEventField(seed, 'nowhere', 'title', 'x')],
  ['a passage that is gone', () => removePassage(seed, first.id, 9)],
  [
    'a place past the end',
    () => applyCommand(seed, { type: 'add-event', index: 999, event: first } as Command),
  ],
  [
    'a record that is not the one',
    () => applyCommand(seed, { type: 'delete-event', index: 1, event: first } as Command),
  ],
  [
    'a field changed meanwhile',
    () =>
      applyCommand(seed, {
        type: 'set-field',
        record: 'event',
        id: first.id,
        field: 'title',
        before: 'another title',
        after: 'x',
      } as Command),
  ],
  [
    'a passage changed meanwhile',
    () =>
      applyCommand(seed, {
        type: 'set-passage',
        eventId: first.id,
        index: 0,
        before: { ...first.passages[0], exact: 'old' },
        after: first.passages[0],
      } as Command),
  ],
  [
    'periods that are not there',
    () =>
      applyCommand(seed, { type: 'add-period', index: 0, period, createsList: false } as Command),
  ],
];

const english = translatorFromFile('en');
const french = translatorFromFile('fr');

describe('a refused edit', () => {
  it.each(REFUSED)('says why in the language: %s', (_, run) => {
    const error = refusal(run);
    const notice = said(
      'changeNotApplied',
      { why: error.said },
      `A change could not be applied: ${error.message}`,
    );
    expect(noticeWords(notice, english)).toBe(`A change could not be applied: ${error.message}`);
    const words = noticeWords(notice, french);
    expect(words).toMatch(/^Une modification n’a pas pu être appliquée : /);
    expect(words).not.toContain(error.message);
    expect(words).not.toMatch(/[{}]|\b(There is no|Cannot add|has changed|The dataset)\b/);
  });

  it('names what is gone in its words', () => {
    const error = refusal(() => setEventField(seed, 'nowhere', 'title', 'x'));
    expect(noticeWords(error.said, french)).toBe('Il n’y a pas d’événement « nowhere ».');
    expect(noticeWords(error.said, english)).toBe('There is no event “nowhere”.');
  });
});
