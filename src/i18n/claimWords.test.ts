// Claims in words, in the interface's language: English exactly as before the catalogues (the
// end-to-end tests read it), other languages in their words and digits, the article's own words
// (what a figure counts) kept as written and isolated.
import { describe, expect, it } from 'vitest';
import { SINGLE_SOURCE } from '../dataset/corroboration';
import { bidiParts } from '../model/bidi';
import { ENGLISH } from './catalogue';
import { translatorFromFile } from './catalogueFile';
import {
  conservativeWords,
  countedWords,
  disputeWords,
  figureWords,
  rangeWords,
  supportWords,
} from './claimWords';
import { makeTranslator } from './translator';

const english = makeTranslator('en', ENGLISH);
const french = translatorFromFile('fr');
const persian = translatorFromFile('fa');
const arabic = translatorFromFile('ar');

/** A message as a reader sees it: its isolated strings without their marks. */
const plain = (text: string) =>
  bidiParts(text)
    .map((part) => part.text)
    .join('');

const range = {
  what: 'killed and injured',
  lowest: { what: 'killed and injured', value: 46 },
  highest: { what: 'killed and injured', value: 100, hedge: 'more than' as const },
  sources: 2,
  disputed: true,
};
const disputed = {
  status: 'disputed' as const,
  sources: 2,
  outlets: 3,
  copies: 1,
  disputedDate: true,
  disputedFigures: ['killed', 'injured'],
};

describe('claims in English', () => {
  it('writes a figure as its source gives it', () => {
    expect(figureWords({ what: 'killed', value: 46 }, english)).toBe('46');
    expect(figureWords({ what: 'killed', value: 46, hedge: 'at least' }, english)).toBe(
      'at least 46',
    );
    expect(figureWords({ what: 'killed', value: 1200, hedge: 'more than' }, english)).toBe(
      'more than 1,200',
    );
    expect(figureWords({ what: 'killed', value: 50, hedge: 'about' }, english)).toBe('about 50');
    expect(figureWords({ what: 'killed', min: 40, max: 60 }, english)).toBe('40 to 60');
    expect(figureWords({ what: 'killed', min: 40, max: 40 }, english)).toBe('40');
    expect(figureWords({ what: 'killed', min: 40 }, english)).toBe('at least 40');
    expect(figureWords({ what: 'killed', max: 60 }, english)).toBe('up to 60');
    expect(plain(countedWords({ what: 'killed', value: 46 }, english))).toBe('46 killed');
  });

  it('states a range with its sources, and the conservative figure', () => {
    expect(plain(rangeWords(range, english))).toBe(
      '46 to more than 100 killed and injured · 2 sources',
    );
    expect(plain(conservativeWords(range, english))).toBe(
      'Conservative figure: 46 killed and injured (the lowest a source gives, as ACLED reports when sources differ)',
    );
    expect(plain(rangeWords({ ...range, highest: range.lowest, sources: 1 }, english))).toBe(
      '46 killed and injured · 1 source',
    );
  });

  it('says how many sources and outlets, and what is disputed', () => {
    expect(supportWords(SINGLE_SOURCE, english)).toBe('1 source');
    expect(supportWords(disputed, english)).toBe(
      '2 sources from 3 outlets (a copy of another source’s text counted once)',
    );
    expect(supportWords({ ...disputed, outlets: 2, copies: 2 }, english)).toBe(
      '2 sources (2 copies of another source’s text counted once)',
    );
    expect(plain(disputeWords(disputed, english))).toBe(
      'the date, the number killed and the number injured',
    );
    expect(disputeWords({ ...disputed, disputedFigures: [] }, english)).toBe('the date');
    expect(disputeWords(SINGLE_SOURCE, english)).toBe('');
  });
});

describe('claims in other languages', () => {
  it('are the language’s words and digits, the article’s words kept and isolated', () => {
    expect(figureWords({ what: 'killed', value: 1200, hedge: 'more than' }, french)).toBe(
      'plus de 1\u202f200',
    );
    expect(plain(rangeWords(range, french))).toBe(
      'de 46 à plus de 100 killed and injured · 2 sources',
    );
    expect(supportWords(disputed, french)).toBe(
      '2 sources de 3 médias (une copie du texte d’une autre source, comptée une seule fois)',
    );
    expect(plain(disputeWords(disputed, french))).toBe(
      'la date, le nombre « killed » et le nombre « injured »',
    );
    // What is counted stays the article's words, in an isolate of its own.
    expect(bidiParts(rangeWords(range, persian)).filter((part) => part.isolated)).toEqual([
      { text: 'killed and injured', isolated: true },
    ]);
    expect(figureWords({ what: 'killed', value: 46, hedge: 'at least' }, persian)).toBe('دست‌کم ۴۶');
    expect(supportWords(disputed, persian)).toMatch(/^۲ منبع از ۳ رسانه/);
  });

  it('take Arabic’s plural forms', () => {
    expect(supportWords({ ...SINGLE_SOURCE, sources: 2, outlets: 2 }, arabic)).toBe('مصدران');
    expect(supportWords(SINGLE_SOURCE, arabic)).toBe('مصدر واحد');
    expect(supportWords({ ...SINGLE_SOURCE, sources: 5, outlets: 5 }, arabic)).toBe(
      `${new Intl.NumberFormat('ar').format(5)} مصادر`,
    );
  });
});
