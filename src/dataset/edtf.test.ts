import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  type DatePoint,
  dateExtent,
  dayNumber,
  dayOfUtcMs,
  dayStartUtcMs,
  type EventDateValue,
  isApproximate,
  isoDay,
  isUncertain,
  parseEdtf,
  parseIsoDay,
  parseWithGrammar,
  sortDay,
} from './edtf';

const day = (iso: string): number => {
  const n = parseIsoDay(iso);
  if (n === null) throw new Error(`not a day: ${iso}`);
  return n;
};

function parsed(value: string): EventDateValue {
  const result = parseEdtf(value);
  if (!result.ok) throw new Error(`${value}: ${result.error}`);
  return result.date;
}

function point(value: string): DatePoint {
  const date = parsed(value);
  if (date.kind !== 'point') throw new Error(`${value} is not a point`);
  return date.point;
}

function errorOf(value: string): string {
  const result = parseEdtf(value);
  if (result.ok) throw new Error(`${value} should not parse`);
  return result.error;
}

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(dayNumber({ year: 1970, month: 1, day: 2 })).toBe(1);
    expect(dayNumber({ year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(dayNumber({ year: 2021, month: 10, day: 8 })).toBe(18_908);
  });

  it('round-trips through calendarDate, isoDay and parseIsoDay', () => {
    for (const iso of ['2021-10-08', '2020-02-29', '2000-02-29', '1969-12-31', '0001-01-01']) {
      const n = day(iso);
      expect(isoDay(n)).toBe(iso);
      const [y, m, d] = iso.split('-').map(Number);
      expect(calendarDate(n)).toEqual({ year: y, month: m, day: d });
      expect(dayNumber(calendarDate(n))).toBe(n);
    }
  });

  it('keeps years below 100 as written (no 19xx mapping)', () => {
    const n = dayNumber({ year: 50, month: 6, day: 15 });
    expect(calendarDate(n)).toEqual({ year: 50, month: 6, day: 15 });
    expect(isoDay(n)).toBe('0050-06-15');
    expect(parseIsoDay('0050-06-15')).toBe(n);
    expect(isoDay(dayNumber({ year: 0, month: 1, day: 1 }))).toBe('0000-01-01');
    expect(parseIsoDay('0004-02-29')).toBe(dayNumber({ year: 4, month: 2, day: 29 }));
    expect(parseIsoDay('0099-12-31')).not.toBeNull();
  });

  it('knows leap days', () => {
    expect(parseIsoDay('2020-02-29')).toBe(day('2020-03-01') - 1);
    expect(parseIsoDay('2000-02-29')).not.toBeNull();
    expect(parseIsoDay('2021-02-29')).toBeNull();
    expect(parseIsoDay('1900-02-29')).toBeNull();
    expect(parseIsoDay('0100-02-29')).toBeNull();
  });

  it('parseIsoDay accepts only a strict, real YYYY-MM-DD', () => {
    for (const bad of [
      '',
      '2021-10-8',
      '21-10-08',
      '2021-13-01',
      '2021-00-10',
      '2021-04-31',
      '2021-10-00',
      '2021-10-08T00:00',
      ' 2021-10-08',
      '2021/10/08',
      '+2021-10-08',
    ]) {
      expect(parseIsoDay(bad), bad).toBeNull();
    }
  });

  it('maps days to UTC midnights and back', () => {
    const n = day('2021-10-08');
    expect(dayStartUtcMs(n)).toBe(Date.parse('2021-10-08T00:00:00Z'));
    expect(dayOfUtcMs(Date.parse('2021-10-08T23:59:59.999Z'))).toBe(n);
    expect(dayOfUtcMs(Date.parse('1969-12-31T12:00:00Z'))).toBe(-1);
  });

  it('writes and reads years before 0 with a sign (astronomical: year 0 is 1 BCE)', () => {
    const ides = dayNumber({ year: -43, month: 3, day: 15 });
    expect(isoDay(ides)).toBe('-0043-03-15');
    expect(parseIsoDay('-0043-03-15')).toBe(ides);
    expect(parseIsoDay('-0000-01-01')).toBeNull();
    expect(parseIsoDay('-0044-02-29')).not.toBeNull();
    expect(parseIsoDay('-0043-02-29')).toBeNull();
  });

  it('property: parseIsoDay(isoDay(n)) === n for every day of years -9999–9999', () => {
    const first = day('-9999-01-01');
    const last = day('9999-12-31');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => parseIsoDay(isoDay(n)) === n),
      { numRuns: 2_000 },
    );
  });

  it('property: dayNumber(calendarDate(n)) === n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -800_000, max: 3_000_000 }),
        (n) => dayNumber(calendarDate(n)) === n,
      ),
    );
  });
});

describe('parseEdtf: points', () => {
  it('reads a day', () => {
    const p = point('2021-10-08');
    expect(p).toEqual({
      year: 2021,
      month: 10,
      day: 8,
      precision: 'day',
      approximate: false,
      uncertain: false,
      first: day('2021-10-08'),
      last: day('2021-10-08'),
    });
  });

  it('reads a month as all of its days', () => {
    expect(point('2021-08')).toMatchObject({
      year: 2021,
      month: 8,
      precision: 'month',
      first: day('2021-08-01'),
      last: day('2021-08-31'),
    });
    expect(point('2020-02')).toMatchObject({ last: day('2020-02-29') });
    expect(point('2021-02')).toMatchObject({ last: day('2021-02-28') });
  });

  it('reads a year as all of its days', () => {
    expect(point('2021')).toMatchObject({
      year: 2021,
      precision: 'year',
      first: day('2021-01-01'),
      last: day('2021-12-31'),
    });
  });

  it('reads the qualifiers ~ ? %', () => {
    expect(point('2021-08~')).toMatchObject({ approximate: true, uncertain: false });
    expect(point('2021-08?')).toMatchObject({ approximate: false, uncertain: true });
    expect(point('2021-08%')).toMatchObject({ approximate: true, uncertain: true });
    expect(point('2021-10-08~')).toMatchObject({ precision: 'day', approximate: true });
    expect(isApproximate(parsed('2021-08~'))).toBe(true);
    expect(isUncertain(parsed('2021-08~'))).toBe(false);
    expect(isUncertain(parsed('2021?'))).toBe(true);
  });

  it('reads a leap day only in a leap year', () => {
    expect(point('2020-02-29').first).toBe(day('2020-02-29'));
    expect(errorOf('2021-02-29')).toBe('2021 has no 29 February');
    expect(errorOf('1900-02-29')).toBe('1900 has no 29 February');
  });
});

describe('parseEdtf: intervals', () => {
  it('reads a closed interval', () => {
    const date = parsed('2021-10-09/2021-10-10');
    expect(date).toMatchObject({
      kind: 'interval',
      value: '2021-10-09/2021-10-10',
      start: { precision: 'day', first: day('2021-10-09') },
      end: { precision: 'day', first: day('2021-10-10') },
    });
    expect(dateExtent(date)).toEqual({ first: day('2021-10-09'), last: day('2021-10-10') });
    expect(sortDay(date)).toBe(day('2021-10-09'));
  });

  it('runs an interval of months to the last day of its end month', () => {
    expect(dateExtent(parsed('2021-08/2021-09'))).toEqual({
      first: day('2021-08-01'),
      last: day('2021-09-30'),
    });
  });

  it('reads an open end (..)', () => {
    const date = parsed('2021-08-30/..');
    expect(date).toMatchObject({ kind: 'interval', end: { open: true } });
    expect(dateExtent(date)).toEqual({ first: day('2021-08-30'), last: null });
  });

  it('reads an unknown end (empty)', () => {
    const date = parsed('2021-08-30/');
    expect(date).toMatchObject({ kind: 'interval', end: { unknown: true } });
    expect(dateExtent(date)).toEqual({ first: day('2021-08-30'), last: null });
  });

  it('reads an open start and an unknown start', () => {
    const open = parsed('../2021-10-10');
    expect(open).toMatchObject({ kind: 'interval', start: { open: true } });
    expect(dateExtent(open)).toEqual({ first: null, last: day('2021-10-10') });
    expect(sortDay(open)).toBe(day('2021-10-10'));
    expect(parsed('/2021-10-10')).toMatchObject({ start: { unknown: true } });
  });

  it('carries qualifiers of either end', () => {
    const date = parsed('2021-08-31?/2021-10-10~');
    expect(isUncertain(date)).toBe(true);
    expect(isApproximate(date)).toBe(true);
    expect(isApproximate(parsed('2021-08-31/2021-10-10'))).toBe(false);
  });

  it('accepts a one-day interval but rejects one that starts after it ends', () => {
    expect(parseEdtf('2021-10-08/2021-10-08').ok).toBe(true);
    expect(errorOf('2021-10-10/2021-10-09')).toBe('starts after it ends (2021-10-10/2021-10-09)');
    expect(errorOf('2021-11/2021-10')).toBe('starts after it ends (2021-11/2021-10)');
    // A day inside the end month is not after it.
    expect(parseEdtf('2021-10-20/2021-10').ok).toBe(true);
  });

  it('needs at least one known end', () => {
    expect(errorOf('/')).toBe('an interval needs at least one known end');
  });

  it('says which end is wrong', () => {
    expect(errorOf('2021-02-29/2021-10-10')).toBe('start: 2021 has no 29 February');
    expect(errorOf('2021-XX/2021-10')).toBe('start: unspecified digits (X) are not supported');
    expect(errorOf('2021-08-30/2021-XX')).toBe('end: unspecified digits (X) are not supported');
  });
});

describe('parseEdtf: invalid strings', () => {
  it.each([
    ['garbage'],
    ['2021-02-30'],
    ['2021-13-01'],
    ['2021-04-31'],
    ['08/10/2021'],
    ['2021-10-08 '],
    ['..'],
  ])('rejects %j as not EDTF', (value) => {
    const error = errorOf(value);
    expect(error.startsWith(`"${value}" is not a valid EDTF date (`), error).toBe(true);
    expect(error.endsWith(')')).toBe(true);
  });

  it('rejects an empty string', () => {
    expect(errorOf('')).toBe('is empty: give an EDTF date');
    expect(errorOf('  ')).toBe('is empty: give an EDTF date');
  });

  it('rejects times', () => {
    expect(errorOf('2021-10-08T10:00:00Z')).toBe('times are not supported: give a calendar date');
  });

  it('rejects seasons', () => {
    expect(errorOf('2021-21')).toBe('Season dates are not supported (use a day, month or year)');
  });

  it('rejects unspecified digits', () => {
    expect(errorOf('2021-XX')).toBe('unspecified digits (X) are not supported');
    expect(errorOf('202X')).toBe('unspecified digits (X) are not supported');
  });

  it('rejects level 2 features', () => {
    expect(errorOf('2021?-08')).toBe('only EDTF levels 0 and 1 are supported');
    expect(errorOf('2004-06-~11')).toBe('only EDTF levels 0 and 1 are supported');
    expect(errorOf('[2021,2022]')).toBe('Set dates are not supported (use a day, month or year)');
  });

  it('reads years beyond four digits written with a Y (EDTF level 1), out to ±270,000', () => {
    const deep = parseEdtf('Y-12000');
    expect(deep.ok && deep.date.kind === 'point' && deep.date.point).toMatchObject({
      year: -12000,
      precision: 'year',
    });
    expect(parseEdtf('Y170000').ok).toBe(true);
    expect(parseEdtf('Y-270000').ok).toBe(true);
    expect(errorOf('Y-270001')).toMatch(/between -270000 and 270000/);
    expect(errorOf('Y1000000')).toMatch(/between -270000 and 270000/);
    // Four digits are written without the Y.
    expect(errorOf('Y2021')).toBeTruthy();
  });

  it('reads Y years as interval ends, beside other dates and open ends', () => {
    const interval = parseEdtf('Y-115000/Y-11700');
    expect(interval.ok && interval.date.kind === 'interval').toBe(true);
    expect(parseEdtf('Y-12000/2021-10-08').ok).toBe(true);
    expect(parseEdtf('Y-12000/..').ok).toBe(true);
    expect(parseEdtf('../Y12000').ok).toBe(true);
    expect(errorOf('Y-11700/Y-115000')).toBe('starts after it ends (Y-11700/Y-115000)');
    expect(errorOf('Y-300000/2021')).toMatch(/^start: the year must be between/);
    expect(errorOf('Y-12000/Y12')).toMatch(/^end: "Y12" is not a year EDTF writes with a Y/);
    expect(errorOf('Y-12000/2021-13')).toMatch(/^end: /);
  });
});

describe('parseEdtf: the fast path agrees with the EDTF grammar', () => {
  const digits = (n: number, max: number) =>
    fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
  const qualifier = fc.constantFrom('', '~', '?', '%');
  const date = fc
    .tuple(digits(4, 9999), digits(2, 14), digits(2, 32), fc.integer({ min: 1, max: 3 }), qualifier)
    .map(([y, m, d, parts, q]) => [y, m, d].slice(0, parts).join('-') + q);
  const end = fc.oneof(date, fc.constant('..'), fc.constant(''));
  const deep = fc.integer({ min: -300_000, max: 300_000 }).map((year) => `Y${year}`);
  const anyEnd = fc.oneof(end, deep);
  const value = fc.oneof(
    date,
    deep,
    fc.tuple(end, end).map(([a, b]) => `${a}/${b}`),
    fc.tuple(anyEnd, anyEnd).map(([a, b]) => `${a}/${b}`),
  );

  it('gives the same result as the grammar for dates and intervals of every shape', () => {
    fc.assert(
      fc.property(value, (text) => {
        expect(parseEdtf(text)).toEqual(parseWithGrammar(text));
      }),
      { numRuns: 2_000 },
    );
  });
});
