import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type EventDateValue, parseEdtf, parseIsoDay } from './edtf';
import {
  formatDayLong,
  formatDayShort,
  formatEventDate,
  formatEventDateShort,
  yearWords,
} from './formatDate';

function parsed(value: string): EventDateValue {
  const result = parseEdtf(value);
  if (!result.ok) throw new Error(`${value}: ${result.error}`);
  return result.date;
}

const long = (value: string) => formatEventDate(parsed(value));
const short = (value: string) => formatEventDateShort(parsed(value));

/** Every EDTF shape the format uses, with its long and short words. */
const CASES: ReadonlyArray<readonly [value: string, long: string, short: string]> = [
  ['2021-10-08', 'Friday 8 October 2021', '8 Oct 2021'],
  ['2021-08', 'August 2021', 'Aug 2021'],
  ['2021', '2021', '2021'],
  ['2021-10-09/2021-10-10', '9–10 October 2021', '9–10 Oct 2021'],
  ['2021-08-30/2021-10-10', '30 August – 10 October 2021', '30 Aug 2021 – 10 Oct 2021'],
  ['2020-12-30/2021-01-02', '30 December 2020 – 2 January 2021', '30 Dec 2020 – 2 Jan 2021'],
  ['2021-08/2021-09', 'August – September 2021', 'Aug 2021 – Sept 2021'],
  ['2021-11/2022-02', 'November 2021 – February 2022', 'Nov 2021 – Feb 2022'],
  ['2021/2022', '2021 – 2022', '2021 – 2022'],
  ['2021-08-30/2021-10', 'Monday 30 August 2021 – October 2021', '30 Aug 2021 – Oct 2021'],
  ['2021-10-08/2021-10-08', 'Friday 8 October 2021', '8 Oct 2021'],
  ['2021-08~', 'August 2021 (approximate)', 'Aug 2021 ~'],
  ['2021-08?', 'August 2021 (uncertain)', 'Aug 2021 ?'],
  ['2021-08%', 'August 2021 (approximate, uncertain)', 'Aug 2021 ~ ?'],
  ['2021-10-08?', 'Friday 8 October 2021 (uncertain)', '8 Oct 2021 ?'],
  ['2021-08-30/..', 'Monday 30 August 2021 onwards', '30 Aug 2021 – ongoing'],
  ['2021-08-30/', 'from Monday 30 August 2021 (end unknown)', '30 Aug 2021 – ?'],
  ['../2021-10-10', 'until Sunday 10 October 2021', '… – 10 Oct 2021'],
  ['/2021-10-10', 'until Sunday 10 October 2021 (start unknown)', '? – 10 Oct 2021'],
  [
    '2021-08-31?/2021-10-10~',
    '31 August – 10 October 2021 (approximate, uncertain)',
    '31 Aug 2021 – 10 Oct 2021 ~ ?',
  ],
  ['2021-08~/..', 'August 2021 onwards (approximate)', 'Aug 2021 – ongoing ~'],
  ['2020-02-29', 'Saturday 29 February 2020', '29 Feb 2020'],
  ['0050-06-15', 'Wednesday 15 June 50', '15 Jun 50'],
  // EDTF years are astronomical: year 0 is 1 BCE, -0043 is 44 BCE.
  ['0000', '1 BCE', '1 BCE'],
  ['-0001', '2 BCE', '2 BCE'],
  ['-0043-03', 'March 44 BCE', 'Mar 44 BCE'],
  ['-0043-03-15', 'Friday 15 March 44 BCE', '15 Mar 44 BCE'],
  ['-0500/-0400', '501 BCE – 401 BCE', '501 BCE – 401 BCE'],
  ['-0001/0001', '2 BCE – 1', '2 BCE – 1'],
];

describe('formatEventDate and formatEventDateShort', () => {
  it.each(CASES)('%s reads "%s" / "%s"', (value, longWords, shortWords) => {
    expect(long(value)).toBe(longWords);
    expect(short(value)).toBe(shortWords);
  });

  it('formats the dates of the seed dataset', () => {
    expect(long('2021-10-09/2021-10-10')).toBe('9–10 October 2021');
    expect(long('2021-08-30/2021-10-10')).toBe('30 August – 10 October 2021');
    expect(long('2021-10-08/2021-10-10')).toBe('8–10 October 2021');
  });
});

describe('formatDayLong and formatDayShort', () => {
  it('name the weekday of a calendar day', () => {
    const day = parseIsoDay('2021-10-08');
    if (day === null) throw new Error('bad day');
    expect(formatDayLong(day)).toBe('Friday 8 October 2021');
    expect(formatDayShort(day)).toBe('8 Oct 2021');
    expect(formatDayLong(0)).toBe('Thursday 1 January 1970');
    expect(formatDayLong(-1)).toBe('Wednesday 31 December 1969');
  });
});

describe('time zones', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const values = CASES.map(([value]) => value);
  const script = `
    import { parseEdtf } from './src/dataset/edtf.ts';
    import { formatEventDate, formatEventDateShort } from './src/dataset/formatDate.ts';
    const values = ${JSON.stringify(values)};
    const words = values.map((value) => {
      const result = parseEdtf(value);
      return result.ok ? [formatEventDate(result.date), formatEventDateShort(result.date)] : null;
    });
    console.log(JSON.stringify({ offset: new Date(2021, 9, 8).getTimezoneOffset(), words }));
  `;
  const run = promisify(execFile);

  it('reads the same in every time zone', { timeout: 20_000 }, async () => {
    const zones = ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'UTC'];
    const outputs = await Promise.all(
      zones.map((TZ) =>
        run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
          cwd: root,
          env: { ...process.env, TZ },
        }),
      ),
    );
    const results = outputs.map(
      ({ stdout }) => JSON.parse(stdout) as { offset: number; words: unknown },
    );
    // The zones really differ (the child processes did run in them) …
    expect(results.map((result) => result.offset)).toEqual([420, -540, -840, 0]);
    // … and the words do not.
    const expected = CASES.map(([, longWords, shortWords]) => [longWords, shortWords]);
    for (const result of results) expect(result.words).toEqual(expected);
  });
});

describe('deep time', () => {
  it('writes years of five digits and more grouped by thousands, with their era', () => {
    expect(yearWords(2021)).toBe('2021');
    expect(yearWords(0)).toBe('1 BCE');
    expect(yearWords(-9998)).toBe('9999 BCE');
    expect(yearWords(-11999)).toBe('12,000 BCE');
    expect(yearWords(170000)).toBe('170,000');
  });

  it('words a Y year and an interval of them as the details show them', () => {
    const words = (value: string) => {
      const parsed = parseEdtf(value);
      if (!parsed.ok) throw new Error(parsed.error);
      return formatEventDate(parsed.date);
    };
    expect(words('Y-12000')).toBe('12,001 BCE');
    expect(words('Y-115000/Y-11700')).toBe('115,001 BCE – 11,701 BCE');
  });
});
