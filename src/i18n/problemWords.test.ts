// Every problem a person can see has words in each language: broken datasets (strict and
// repaired), broken TimelineJS files and sheets are run through the validator and the importers,
// and each problem must carry a code this module knows, whose message every catalogue has and
// which a French interface says in French, with every value filled in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/parse';
import type { Problem } from '../dataset/problem';
import type { Dataset } from '../dataset/schema';
import { importTimelineCsv } from '../formats/readers/timelineCsv';
import { importTimelineJson } from '../formats/readers/timelineJson';
import { LOCALES } from '../model/locales';
import { catalogueFile, translatorFromFile } from './catalogueFile';
import { PROBLEM_CODES, problemPlace, problemWords } from './problemWords';

const seed = JSON.parse(
  readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;
const TEXT = seed.sources[0]?.id ?? '';

/** The seed with one thing (or several) broken. */
function broken(edit: (dataset: Dataset & Record<string, unknown>) => void): Dataset {
  const copy = structuredClone(seed) as Dataset & Record<string, unknown>;
  edit(copy);
  return copy;
}
const event = (d: Dataset, i = 0) => d.events[i] as Dataset['events'][number];
const passage = (d: Dataset, e = 0, p = 0) =>
  event(d, e).passages[p] as Dataset['events'][number]['passages'][number];

const DATASETS: ReadonlyArray<[string, unknown]> = [
  ['not an object', []],
  ['nested too deep', { format: JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`) }],
  ['without a format', { title: 'x' }],
  ['of another format', { format: 'sourceline/9' }],
  [
    'of wrong types, unknown keys and bad choices',
    broken((d) => {
      Object.assign(d, { title: 5, colour: 'red', id: 'Not A Slug', lang: '12 34' });
      Object.assign(d.actors[0] as object, { kind: 'robot' });
      Object.assign(event(d).date, { value: 'x'.repeat(101) });
      Object.assign(event(d, 1), { passages: [] });
      Object.assign(passage(d, 3), { start: -1 });
      delete (event(d, 4) as Partial<Dataset['events'][number]>).summary;
      Object.assign(event(d, 2), { title: '', media: { url: 'javascript:alert(1)' } });
    }),
  ],
  ['without sources', broken((d) => Object.assign(d, { sources: [] }))],
  [
    'whose passage moved',
    broken((d) =>
      Object.assign(passage(d, 13, 1), {
        start: passage(d, 13, 1).start - 40,
        end: passage(d, 13, 1).end - 40,
      }),
    ),
  ],
  [
    'of every other kind of problem',
    broken((d) => {
      Object.assign(event(d, 1), { id: event(d, 0).id, title: '\u200b' });
      event(d, 2).actors.push({ id: 'nobody', role: 'participant' });
      event(d, 3).actors.push({ ...(event(d, 3).actors[0] as { id: string; role: string }) });
      event(d, 4).passages.push({ ...passage(d, 4) });
      Object.assign(passage(d, 5), { source: 'nowhere' });
      Object.assign(passage(d, 6), { start: 10, end: 5 });
      Object.assign(passage(d, 7), { exact: 'Words nobody wrote.' });
      Object.assign(passage(d, 8), { prefix: 'not the text before' });
      Object.assign(passage(d, 9), { suffix: 'not the text after' });
      Object.assign(d.sources[0] as object, { published: '2021-10' });
      Object.assign(d.sources[1] as object, { published: 'soon' });
      const dates = ['', '8 October', '2021-21', '2021/2020', '2021-02-29', 'Y-999999', '../..'];
      for (const [i, value] of dates.entries()) event(d, 10 + i).date.value = value;
      Object.assign(passage(d, 0), {
        claim: {
          figures: [
            { what: 'a' },
            { what: 'b', value: 1, min: 0 },
            { what: 'c', min: 9, max: 3, hedge: 'about' },
          ],
          attributedTo: { actor: 'nobody' },
        },
        quotes: { source: TEXT, start: 0, end: 3 },
      });
      Object.assign(passage(d, 1), { quotes: { source: 'nowhere', start: 0, end: 3 } });
      Object.assign(passage(d, 2), { quotes: { source: seed.sources[1]?.id, start: 4, end: 4 } });
      Object.assign(passage(d, 3), {
        quotes: { source: seed.sources[1]?.id, start: 0, end: 9_999 },
      });
      Object.assign(d, { periods: [{ id: 'late', title: 'Late', date: { value: '2021/2020' } }] });
    }),
  ],
];

function problemsOf(input: unknown, anchors: 'strict' | 'repair'): Problem[] {
  const result = parseDataset(input, { anchors });
  return result.ok ? result.value.warnings : result.problems;
}

const slide = (headline: string, start: unknown, more: Record<string, unknown> = {}) => ({
  start_date: start,
  text: { headline },
  ...more,
});
const context = { name: 'broken.json', today: '2026-12-07' };

const IMPORTS: ReadonlyArray<[string, () => Problem[]]> = [
  [
    'a TimelineJS file without slides',
    () => importProblems(importTimelineJson({ events: [] }, context)),
  ],
  [
    'a TimelineJS file of broken slides',
    () =>
      importProblems(
        importTimelineJson(
          {
            events: [
              'not a slide',
              { text: { headline: 'No date' } },
              slide('Not an object', 1914),
              slide('Word year', { year: 'MCMXIV' }),
              slide('No year', { month: 3 }),
              slide('Far', { year: -13_800_000_000 }),
              slide('Month 13', { year: 1914, month: 13 }),
              slide('Day 40', { year: 1914, month: 1, day: 40 }),
              slide('No such day', { year: 1915, month: 2, day: 29 }),
              slide('Backwards', { year: 1918 }, { end_date: { year: 1914 } }),
            ],
            eras: [
              slide('Open', { year: 1990 }),
              slide('Year-less end', { year: 1990 }, { end_date: { month: 2 } }),
            ],
          },
          context,
        ),
      ),
  ],
  [
    'what an import leaves out',
    () => {
      const result = importTimelineJson(
        {
          events: [slide('Embed', { year: 2021 }, { media: { url: '<iframe>' } })],
          eras: 'x',
        },
        context,
      );
      return result.ok ? result.notes : result.problems;
    },
  ],
  [
    'a sheet of broken rows',
    () =>
      importProblems(
        importTimelineCsv(
          'Year,Month,Day,Headline,Type\n2021,,,One,title\n2021,,,Two,title\nsoon,,,Bad,\n1901,14,,Month,\n',
          { ...context, name: 'broken.csv' },
        ),
      ),
  ],
  [
    'what a sheet’s import leaves out',
    () => {
      const text = 'Year,Headline,Type\n2021,One,title\n2021,Two,title\n2021,Three,\n';
      const result = importTimelineCsv(text, { ...context, name: 'two-titles.csv' });
      return result.ok ? result.notes : result.problems;
    },
  ],
  [
    'a sheet with a quote never closed',
    () =>
      importProblems(
        importTimelineCsv('Year,Headline\n2021,"open\n', { ...context, name: 'q.csv' }),
      ),
  ],
];

function importProblems(result: ReturnType<typeof importTimelineJson>): Problem[] {
  return result.ok ? result.notes : result.problems;
}

const french = translatorFromFile('fr');
const seen = new Set<string>();

function expectSaid(problem: Problem) {
  expect(problem.code, `${problem.path}: ${problem.message}`).toBeDefined();
  expect(Object.hasOwn(PROBLEM_CODES, problem.code ?? ''), problem.code).toBe(true);
  seen.add(problem.code ?? '');
  const words = problemWords(problem, french);
  expect(words, problem.message).not.toBeNull();
  // Every value filled in, and not the English words.
  expect(words).not.toMatch(/[{}]/);
  expect(words).not.toBe(problem.message);
  expect(problemPlace(problem, french)).not.toMatch(/\brow\b/);
}

describe('every problem a person can see has words in the language', () => {
  it.each(DATASETS)('a dataset %s', (_, input) => {
    const problems = problemsOf(input, 'strict');
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expectSaid(problem);
  });

  it.each(DATASETS)('a dataset %s, opened in the app (repaired)', (_, input) => {
    for (const problem of problemsOf(input, 'repair')) expectSaid(problem);
  });

  it.each(IMPORTS)('%s', (_, problems) => {
    const found = problems();
    expect(found.length).toBeGreaterThan(0);
    for (const problem of found) expectSaid(problem);
  });

  it('covers nearly every kind of problem', () => {
    // Problems that need a file built for them alone: a character split in two by an offset, a
    // zod check the schema does not use today.
    const rare = ['schemaInvalid', 'splitsCharacter', 'cutsCharacter', 'dateNoKnownEnd'];
    const unseen = Object.keys(PROBLEM_CODES).filter((code) => !seen.has(code));
    expect(unseen.filter((code) => !rare.includes(code))).toEqual([]);
  });

  it('has each kind of problem in every catalogue', () => {
    for (const locale of LOCALES) {
      const messages = catalogueFile(locale);
      for (const key of Object.values(PROBLEM_CODES))
        expect(messages[key], `${locale} ${key}`).toBeTruthy();
    }
  });

  it('says a field left out as missing, and the kind of value expected in words', () => {
    const problems = problemsOf(
      broken((d) => {
        delete (event(d) as Partial<Dataset['events'][number]>).summary;
        Object.assign(event(d, 1), { title: 5 });
      }),
      'strict',
    );
    expect(problems.map((p) => problemWords(p, french))).toEqual([
      'manque : donnez du texte',
      'Valeur invalide : on attendait du texte',
    ]);
  });

  it('says what a date that cannot be read leaves out', () => {
    const fault = { code: 'dateReversed', params: { value: '2021/2020', leftOut: 'period' } };
    expect(problemWords(fault, french)?.replace(/[\u2068\u2069]/g, '')).toBe(
      'commence après sa fin (2021/2020) ; la période est laissée de côté',
    );
  });

  it('names an imported slide by its number and headline, in the language', () => {
    const [problem] = importProblems(
      importTimelineJson({ events: [slide('Coup', { year: 'soon' })] }, context),
    );
    if (!problem) throw new Error('expected a problem');
    const words = (problemWords(problem, french) ?? '').replace(/[\u2068\u2069]/g, '');
    expect(words).toBe('diapositive 1 (« Coup ») : l’année soon n’est pas un nombre entier');
    expect(problemWords(problem, translatorFromFile('en'))).toBeNull();
  });

  it('says where in a sheet in words', () => {
    const [problem] = importProblems(
      importTimelineCsv('Year,Headline\nsoon,Bad\n', { ...context, name: 'b.csv' }),
    );
    if (!problem) throw new Error('expected a problem');
    expect(problem.path).toBe('row 2, Year');
    expect(problemPlace(problem, french).replace(/[\u2068\u2069]/g, '')).toBe(
      'ligne 2, colonne Year',
    );
  });
});
