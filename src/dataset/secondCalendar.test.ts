import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEdtf } from './edtf';
import type { Dataset } from './schema';
import { formatInCalendar, type SecondCalendar } from './secondCalendar';

function inCalendar(value: string, calendar: SecondCalendar = 'persian', locale = 'en-GB') {
  const parsed = parseEdtf(value);
  if (!parsed.ok) throw new Error(parsed.error);
  // Intl puts thin spaces around its en dash; compared here as plain spaces.
  return formatInCalendar(parsed.date, calendar, locale)?.replace(/\u2009/g, ' ') ?? null;
}

describe('the Solar Hijri calendar', () => {
  it('gives 8 October 2021 as 16 Mehr 1400, in Persian digits and month names for fa', () => {
    expect(inCalendar('2021-10-08')).toBe('16 Mehr 1400 AP');
    expect(inCalendar('2021-10-08', 'persian', 'fa')).toBe('۱۶ مهر ۱۴۰۰');
    // Intl's own English (en, as in the US) puts the month first; the app asks for en-GB.
    expect(inCalendar('2021-10-08', 'persian', 'en')).toBe('Mehr 16, 1400 AP');
    // Pashto: Persian digits, Pashto month names.
    expect(inCalendar('2021-10-08', 'persian', 'ps')).toMatch(/۱۶/);
  });

  it('converts every day of the seed dataset as Intl does, day for day', () => {
    const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')) as Dataset;
    const known: Record<string, string> = {
      '2021-08-15': '24 Mordad 1400 AP',
      '2021-08-26': '4 Shahrivar 1400 AP',
      '2021-08-30': '8 Shahrivar 1400 AP',
      '2021-10-08': '16 Mehr 1400 AP',
      '2021-10-10': '18 Mehr 1400 AP',
    };
    const values = new Set(seed.events.map((event) => event.date.value));
    for (const [day, words] of Object.entries(known)) {
      if (values.has(day)) expect(inCalendar(day), day).toBe(words);
    }
    // The seed's weekend of talks, 9–10 October 2021.
    expect(inCalendar('2021-10-09/2021-10-10')).toBe('17–18 Mehr 1400 AP');
    for (const value of values) expect(inCalendar(value), value).toMatch(/1400 AP/);
  });

  it('shows a Gregorian year as the two Solar Hijri years it spans, never a day', () => {
    expect(inCalendar('2021')).toBe('1399–1400 AP');
    expect(inCalendar('2021', 'persian', 'fa')).toBe('۱۳۹۹ تا ۱۴۰۰');
  });

  it('shows a Gregorian month as the months it touches, with no day', () => {
    expect(inCalendar('2021-08')).toBe('Mordad – Shahrivar 1400 AP');
    expect(inCalendar('2021-03')).toBe('Esfand 1399 – Farvardin 1400 AP');
    // ICU's Persian range of two months of one year names only the first: both are named here.
    // (Its order of month and year is ICU's: "۱۴۰۰ مرداد" in Node 20's ICU 78.)
    const fa = inCalendar('2021-08', 'persian', 'fa') ?? '';
    expect(fa.split(' تا ')).toHaveLength(2);
    expect(fa).toMatch(/^(?=.*مرداد)(?=.*شهریور)[^۰-۹]*۱۴۰۰[^۰-۹]+۱۴۰۰[^۰-۹]*$/);
  });

  it('keeps the approximate and uncertain marks', () => {
    expect(inCalendar('2021-08~')).toBe('Mordad – Shahrivar 1400 AP ~');
    expect(inCalendar('2021-10-08?')).toBe('16 Mehr 1400 AP ?');
    expect(inCalendar('2021-10-08%')).toBe('16 Mehr 1400 AP ~ ?');
  });

  it('writes intervals at the precision of their vaguer end, and open ends as …', () => {
    expect(inCalendar('2021-08-30/2021-10-10')).toBe('8 Shahrivar – 18 Mehr 1400 AP');
    expect(inCalendar('2021-07/2021-08-30')).toBe('Tir – Shahrivar 1400 AP');
    expect(inCalendar('2021-08-30/..')).toBe('8 Shahrivar 1400 AP – …');
    expect(inCalendar('2021-08-30/')).toBe('8 Shahrivar 1400 AP – …');
    expect(inCalendar('../2021-08-30')).toBe('… – 8 Shahrivar 1400 AP');
    expect(inCalendar('2021-08-30/..', 'persian', 'fa')).toBe('۸ شهریور ۱۴۰۰ تا …');
  });

  it('shows nothing for a date before its first year (622 CE), BCE included', () => {
    expect(inCalendar('-0043-03-15')).toBeNull();
    expect(inCalendar('0500')).toBeNull();
    expect(inCalendar('0500/2021')).toBeNull();
    // 21 March 622 is 1 Farvardin 1.
    expect(inCalendar('0622-03-21')).toBe('1 Farvardin 1 AP');
    expect(inCalendar('0622-03-20')).toBeNull();
  });
});

describe('the Hijri (Umm al-Qura) calendar', () => {
  it('gives 8 October 2021 as 2 Rabiʻ I 1443', () => {
    expect(inCalendar('2021-10-08', 'islamic-umalqura')).toBe('2 Rabiʻ I 1443 AH');
    expect(inCalendar('2021-10-08', 'islamic-umalqura', 'ar-SA')).toMatch(/١٤٤٣/);
  });
  it('starts at its own epoch, July 622', () => {
    expect(inCalendar('0622-07-19', 'islamic-umalqura')).toBe('1 Muharram 1 AH');
    expect(inCalendar('0622-03-21', 'islamic-umalqura')).toBeNull();
  });
});

describe('an undated interval', () => {
  it('has no second date', () => {
    const date = { kind: 'interval', value: '/', start: { unknown: true }, end: { open: true } };
    expect(formatInCalendar(date as never, 'persian', 'en')).toBeNull();
  });
});
