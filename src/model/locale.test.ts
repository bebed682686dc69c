import { describe, expect, it } from 'vitest';
import { datesProposedIn, defaultSecondCalendar, textDirection, textLanguage } from './locale';

describe('textDirection', () => {
  it('is right to left for the languages written in Arabic or Hebrew script', () => {
    for (const locale of ['ar', 'fa', 'fa-AF', 'prs', 'ps', 'ur', 'he', 'ckb', 'az-Arab']) {
      expect(textDirection(locale), locale).toBe('rtl');
    }
  });
  it('is left to right for the others, and for a tag that is not well formed', () => {
    for (const locale of ['en', 'fr', 'es', 'de', 'az', 'tr', 'fa-Latn', 'zh', '', 'not a tag']) {
      expect(textDirection(locale), locale).toBe('ltr');
    }
  });
});

describe('defaultSecondCalendar', () => {
  it('is the Solar Hijri calendar for Persian, Dari and Pashto', () => {
    for (const locale of ['fa', 'fa-IR', 'fa-AF', 'prs', 'ps', 'ps-AF']) {
      expect(defaultSecondCalendar(locale), locale).toBe('persian');
    }
  });
  it('is the Umm al-Qura calendar for Arabic in Saudi Arabia only', () => {
    expect(defaultSecondCalendar('ar-SA')).toBe('islamic-umalqura');
    expect(defaultSecondCalendar('ar')).toBeNull();
    expect(defaultSecondCalendar('ar-EG')).toBeNull();
  });
  it('is none elsewhere', () => {
    for (const locale of ['en', 'fr', 'de', 'es', 'he', '', 'x y']) {
      expect(defaultSecondCalendar(locale), locale).toBeNull();
    }
  });
});

describe('textLanguage', () => {
  it('marks a declared language with its direction', () => {
    expect(textLanguage('fa-af')).toEqual({ lang: 'fa-AF', dir: 'rtl' });
    expect(textLanguage('en')).toEqual({ lang: 'en', dir: 'ltr' });
  });
  it('says the language is unknown and leaves the direction to the text when none is declared', () => {
    expect(textLanguage(undefined)).toEqual({ lang: '', dir: 'auto' });
    expect(textLanguage('not a tag')).toEqual({ lang: '', dir: 'auto' });
  });
});

describe('datesProposedIn', () => {
  it('reads English articles, and those whose language is not said', () => {
    expect(datesProposedIn(undefined)).toBe(true);
    expect(datesProposedIn('')).toBe(true);
    expect(datesProposedIn('en')).toBe(true);
    expect(datesProposedIn('en-GB')).toBe(true);
  });
  it('proposes nothing for any other language', () => {
    for (const tag of ['fa', 'ps', 'ar', 'fr', 'de', 'not a tag']) {
      expect(datesProposedIn(tag), tag).toBe(false);
    }
  });
});
