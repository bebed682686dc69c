// Dates, counts and numbers in each language: Intl's calendar facts (Gregorian, UTC) and digits,
// with the catalogue's words around them ("44 av. J.-C.", "(approximativement)"), never glued
// together in code.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type EventDateValue, parseEdtf } from '../dataset/edtf';
import { LOCALES, type Locale } from '../model/locales';
import { translatorFromFile } from './catalogueFile';

const here = dirname(fileURLToPath(import.meta.url));
const translator = translatorFromFile;

function parsed(value: string): EventDateValue {
  const result = parseEdtf(value);
  if (!result.ok) throw new Error(`${value}: ${result.error}`);
  return result.date;
}

/** [value, long words, short words] per language. */
const CASES: Record<Exclude<Locale, 'ps'>, ReadonlyArray<readonly [string, string, string]>> = {
  en: [
    ['2021-10-08', 'Friday 8 October 2021', '8 Oct 2021'],
    ['2021-10-09/2021-10-10', '9–10 October 2021', '9–10 Oct 2021'],
    ['2021-08~', 'August 2021 (approximate)', 'Aug 2021 ~'],
    ['2021-08-30/..', 'Monday 30 August 2021 onwards', '30 Aug 2021 – ongoing'],
    ['/2021-10-10', 'until Sunday 10 October 2021 (start unknown)', '? – 10 Oct 2021'],
    ['-0043-03-15', 'Friday 15 March 44 BCE', '15 Mar 44 BCE'],
    ['Y-12000', '12,001 BCE', '12,001 BCE'],
  ],
  fr: [
    ['2021-10-08', 'vendredi 8 octobre 2021', '8 oct. 2021'],
    ['2021-10-09/2021-10-10', '9–10 octobre 2021', '9–10 oct. 2021'],
    ['2021-08~', 'août 2021 (approximativement)', 'août 2021 ~'],
    ['2021-08-30/..', 'à partir de lundi 30 août 2021', '30 août 2021 – en cours'],
    ['/2021-10-10', 'jusqu’à dimanche 10 octobre 2021 (début inconnu)', '? – 10 oct. 2021'],
    ['-0043-03-15', 'vendredi 15 mars 44 av. J.-C.', '15 mars 44 av. J.-C.'],
    ['Y-12000', '12\u202f001 av. J.-C.', '12\u202f001 av. J.-C.'],
  ],
  es: [
    ['2021-10-08', 'viernes, 8 de octubre de 2021', '8 oct 2021'],
    ['2021-10-09/2021-10-10', '9–10 de octubre de 2021', '9–10 oct 2021'],
    ['2021-08?', 'agosto de 2021 (incierta)', 'ago 2021 ?'],
    ['2021-08-30/', 'desde lunes, 30 de agosto de 2021 (fin desconocido)', '30 ago 2021 – ?'],
    ['-0043-03-15', 'viernes, 15 de marzo de 44 a. C.', '15 mar 44 a. C.'],
  ],
  de: [
    ['2021-10-08', 'Freitag, 8. Oktober 2021', '8. Okt. 2021'],
    ['2021-10-09/2021-10-10', '9.–10. Oktober 2021', '9.–10. Okt. 2021'],
    ['2021-08%', 'August 2021 (ungefähr, unsicher)', 'Aug. 2021 ~ ?'],
    ['2021-08-30/..', 'ab Montag, 30. August 2021', '30. Aug. 2021 – andauernd'],
    ['-0043-03-15', 'Freitag, 15. März 44 v. Chr.', '15. März 44 v. Chr.'],
  ],
  ar: [
    ['2021-10-08', 'الجمعة، 8 أكتوبر 2021', '8 أكتوبر 2021'],
    ['2021-08~', 'أغسطس 2021 (تقريبًا)', 'أغسطس 2021 ~'],
    ['2021-08-30/..', 'من الاثنين، 30 أغسطس 2021 فصاعدًا', '30 أغسطس 2021 – مستمر'],
    ['-0043-03-15', 'الجمعة، 15 مارس 44 ق.م', '15 مارس 44 ق.م'],
  ],
  fa: [
    ['2021-10-08', 'جمعه ۸ اکتبر ۲۰۲۱', '۸ اکتبر ۲۰۲۱'],
    ['2021-10-09/2021-10-10', '۹ تا ۱۰ اکتبر ۲۰۲۱', '۹ تا ۱۰ اکتبر ۲۰۲۱'],
    ['2021-08~', 'اوت ۲۰۲۱ (تقریبی)', 'اوت ۲۰۲۱ ~'],
    ['2021-08-30/..', 'از دوشنبه ۳۰ اوت ۲۰۲۱ به بعد', '۳۰ اوت ۲۰۲۱ – ادامه دارد'],
    ['-0043-03-15', 'جمعه ۱۵ مارس ۴۴ پیش از میلاد', '۱۵ مارس ۴۴ پیش از میلاد'],
    ['Y-12000', '۱۲٬۰۰۱ پیش از میلاد', '۱۲٬۰۰۱ پیش از میلاد'],
  ],
};

describe.each(Object.entries(CASES))('dates in %s', (locale, cases) => {
  const { dates } = translator(locale as Locale);
  it.each(cases)('%s reads "%s" / "%s"', (value, long, short) => {
    expect(dates.eventDate(parsed(value))).toBe(long);
    expect(dates.eventDateShort(parsed(value))).toBe(short);
  });
});

describe('dates in ps', () => {
  // Pashto's dates come from Intl's Pashto data, or Dari's (Afghanistan) where there is none.
  const { dates } = translator('ps');
  it('writes days, eras and qualifiers in Pashto words and Eastern Arabic digits', () => {
    expect(dates.eventDate(parsed('2021-10-08'))).toMatch(/۲۰۲۱/);
    expect(dates.eventDate(parsed('2021-10-08'))).toMatch(/۸/);
    expect(dates.eventDate(parsed('-0043-03-15'))).toMatch(/۴۴.*له میلاد وړاندې$/);
    expect(dates.eventDate(parsed('2021-08~'))).toMatch(/\(اټکلي\)$/);
    expect(dates.eventDateShort(parsed('2021-08-30/..'))).toMatch(/– روان$/);
  });
});

describe('counts and numbers', () => {
  it('use the language’s plural rules and digits', () => {
    const results = LOCALES.map((locale) => {
      const { t, number } = translator(locale);
      return [t('common.events', { count: 1 }), t('common.events', { count: 5 }), number(1234)];
    });
    expect(results).toEqual([
      ['1 event', '5 events', '1,234'],
      ['1 événement', '5 événements', '1\u202f234'],
      ['1 evento', '5 eventos', '1234'],
      ['1 Ereignis', '5 Ereignisse', '1.234'],
      ['حدث واحد', '5 أحداث', '1,234'],
      ['۱ رویداد', '۵ رویداد', '۱٬۲۳۴'],
      ['۱ پېښه', '۵ پېښې', '۱٬۲۳۴'],
    ]);
  });

  it('counts dense events on the timeline in short numbers', () => {
    expect(translator('en').timeline.count(1_900)).toBe('1.9K events');
    expect(translator('fr').timeline.count(1_900)).toBe('1,9\u00a0k événements');
    expect(translator('fa').timeline.count(1_900)).toBe('۱٫۹\u00a0هزار رویداد');
  });
});

describe('axis labels', () => {
  it('are in the language, with the era before year 1', async () => {
    const { axisLabel } = await import('../model/axisLabels');
    const fr = translator('fr').dates;
    const fa = translator('fa').dates;
    expect(axisLabel(Date.UTC(2021, 9, 1), 'day', 'major', fr)).toBe('octobre 2021');
    expect(axisLabel(Date.UTC(2021, 9, 8), 'weekday', 'minor', fr)).toBe('ven. 8');
    expect(axisLabel(Date.UTC(2021, 9, 8), 'day', 'minor', fa)).toBe('۸');
    expect(axisLabel(new Date(0).setUTCFullYear(-43, 0, 1), 'year', 'minor', fr)).toBe(
      '44 av. J.-C.',
    );
  });
});

describe('time zones', () => {
  // The words of calendar facts never depend on the viewer's zone, in any language.
  const root = join(here, '..', '..');
  const script = `
    import { readFileSync } from 'node:fs';
    import { parseEdtf } from './src/dataset/edtf.ts';
    import { makeTranslator } from './src/i18n/translator.ts';
    const words = ${JSON.stringify(LOCALES)}.map((locale) => {
      const t = makeTranslator(locale, JSON.parse(readFileSync('src/i18n/catalogues/' + locale + '.json', 'utf8')));
      return ['2021-10-08', '2021-10-09/2021-10-10', '-0043-03-15'].map((value) => {
        const result = parseEdtf(value);
        return result.ok ? t.dates.eventDate(result.date) : null;
      });
    });
    console.log(JSON.stringify(words));
  `;
  it('the words are the same in UTC−7 and UTC+14', { timeout: 30_000 }, async () => {
    const run = promisify(execFile);
    const outputs = await Promise.all(
      ['America/Los_Angeles', 'Pacific/Kiritimati'].map((TZ) =>
        run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
          cwd: root,
          env: { ...process.env, TZ },
        }),
      ),
    );
    const [west, east] = outputs.map(({ stdout }) => JSON.parse(stdout) as string[][]);
    expect(west).toEqual(east);
    expect(west?.[1]?.[0]).toBe('vendredi 8 octobre 2021');
  });
});
