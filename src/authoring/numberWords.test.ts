import { describe, expect, it } from 'vitest';
import { proposeDate } from './dateProposals';
import { wordsToNumber, yearFromWords } from './numberWords';

describe('number words', () => {
  it.each([
    ['seven', 7],
    ['fifteen', 15],
    ['twenty-first', 21],
    ['thirty', 30],
    ['twenty one', 21],
    ['third', 3],
  ])('%s is %d', (words, n) => expect(wordsToNumber(words)).toBe(n));

  it.each([
    ['nineteen ninety-seven', 1997],
    ['eighteen hundred', 1800],
    ['nineteen oh five', 1905],
    ['two thousand and eight', 2008],
    ['two thousand', 2000],
    ['twenty twenty-two', 2022],
  ])('the year %s is %d', (words, year) => expect(yearFromWords(words)).toBe(year));
});

describe('proposeDate: numbers in words', () => {
  const published = '2024-06-10';
  it.each([
    ['The treaty was signed in nineteen eighty-five.', '1985'],
    ['The mill closed in two thousand and nine.', '2009'],
    ['Polls open on July fourth.', '2024-07-04'],
    ['The strike began on the twenty-third.', '2024-05-23'],
  ])('%s → %s', (text, value) => expect(proposeDate(text, published)?.value).toBe(value));

  it.each([
    'Nineteen hundred people marched.',
    'They came second for the second time.',
    'Twenty one of them left.',
  ])('leaves counts alone: %s', (text) => expect(proposeDate(text, published)).toBeNull());
});
