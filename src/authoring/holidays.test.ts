import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from '../dataset/calendar';
import { proposeDate } from './dateProposals';
import { easter, HOLIDAYS, holiday, nthWeekday } from './holidays';

const days = (key: string, year: number) => {
  const d = holiday(key)?.days(year);
  return d ? [isoDay(d.first), isoDay(d.last)] : null;
};

describe('the holiday calendar', () => {
  it('computes Easter by the Gregorian computus', () => {
    expect(isoDay(easter(2000))).toBe('2000-04-23');
    expect(isoDay(easter(2019))).toBe('2019-04-21');
    expect(isoDay(easter(2024))).toBe('2024-03-31');
    expect(isoDay(easter(2038))).toBe('2038-04-25');
  });

  it('counts weekdays in a month, the last one too', () => {
    expect(isoDay(nthWeekday(2024, 11, 4, 4))).toBe('2024-11-28'); // fourth Thursday
    expect(isoDay(nthWeekday(2024, 5, 1, -1))).toBe('2024-05-27'); // last Monday
    expect(isoDay(nthWeekday(2024, 9, 1, 1))).toBe('2024-09-02'); // first Monday
  });

  it.each([
    ['thanksgiving', 2023, '2023-11-23'],
    ['election-day', 2024, '2024-11-05'],
    ['election-day', 2022, '2022-11-08'],
    ['memorial-day', 2023, '2023-05-29'],
    ['mlk-day', 2024, '2024-01-15'],
    ['good-friday', 2024, '2024-03-29'],
    ['ash-wednesday', 2024, '2024-02-14'],
    ['christmas', 2024, '2024-12-25'],
    ['us-independence', 2024, '2024-07-04'],
    ['eid-al-fitr', 2024, '2024-04-10'],
    ['eid-al-adha', 2023, '2023-06-28'],
    ['lunar-new-year', 2024, '2024-02-10'],
    ['rosh-hashanah', 2023, '2023-09-16'],
    ['yom-kippur', 2023, '2023-09-25'],
    ['passover', 2024, '2024-04-23'],
    ['orthodox-easter', 2024, '2024-05-05'],
    ['orthodox-easter', 2023, '2023-04-16'],
    ['mardi-gras', 2024, '2024-02-13'],
    ['nowruz', 2024, '2024-03-20'],
    ['islamic-new-year', 2024, '2024-07-07'],
    ['ashura', 2024, '2024-07-16'],
    ['purim', 2024, '2024-03-24'],
    ['purim', 2023, '2023-03-07'],
    ['sukkot', 2023, '2023-09-30'],
    ['remembrance-sunday', 2024, '2024-11-10'],
    ['victory-day', 2024, '2024-05-09'],
  ])('%s %d is %s', (key, year, day) => {
    expect(days(key, year)).toEqual([day, day]);
  });

  it('gives Ramadan and Hanukkah as their stretch of days', () => {
    expect(days('ramadan', 2024)).toEqual(['2024-03-11', '2024-04-09']);
    expect(days('hanukkah', 2023)).toEqual(['2023-12-08', '2023-12-15']);
  });

  it('has a day for every holiday in every year around now', () => {
    for (const h of HOLIDAYS)
      for (let year = 1990; year <= 2040; year++)
        expect(h.days(year), `${h.key} ${year}`).not.toBeNull();
  });
});

describe('proposeDate: holidays in a sentence', () => {
  const JANUARY = '2024-01-08';
  it.each([
    // The year as for a date without one: the tense, else nearest to publication.
    [JANUARY, 'The ferry went down on Thanksgiving Day.', 'on Thanksgiving Day', '2023-11-23'],
    [JANUARY, 'Shops were shut over Christmas.', 'over Christmas', '2023-12-25'],
    [JANUARY, 'The council will vote before Easter.', 'before Easter', '../2024-03-31'],
    [JANUARY, 'He has lived here since last Christmas.', 'since last Christmas', '2023-12-25/..'],
    [JANUARY, 'Turnout was high on Election Day.', 'on Election Day', '2023-11-07'],
    [JANUARY, 'Families gather for the Lunar New Year holiday.', 'Lunar New Year', '2024-02-10'],
    [JANUARY, 'Talks stalled during Ramadan.', 'during Ramadan', '2023-03-23/2023-04-20'],
    [
      JANUARY,
      'Markets are closed on Martin Luther King Jr. Day.',
      'on Martin Luther King Jr. Day',
      '2024-01-15',
    ],
    [JANUARY, 'A Good Friday service was held.', 'Good Friday', '2023-04-07'],
  ])('%s: %s', (published, text, expression, value) => {
    const proposal = proposeDate(text, published);
    expect(proposal?.expression).toBe(expression);
    expect(proposal?.value).toBe(value);
  });

  it('takes "before Christmas" as a boundary, nearest to publication', () => {
    expect(proposeDate('The strike ended days before Christmas.', '2023-12-20')?.value).toBe(
      '../2023-12-25',
    );
  });

  it('takes a year given after the name', () => {
    const proposal = proposeDate('The bridge opened on New Year’s Day 2019.', JANUARY);
    expect(proposal?.value).toBe('2019-01-01');
    expect(proposal?.expression).toBe('on New Year’s Day 2019');
  });

  it('names the holiday and offers the other year', () => {
    const proposal = proposeDate('The ferry went down on Thanksgiving Day.', JANUARY);
    expect(proposal?.note).toContain('Thanksgiving (US)');
    expect(proposal?.alternatives).toEqual(['2024-11-28']);
  });

  it("dates the US Independence Day, not another country's", () => {
    expect(proposeDate('Fireworks were set off on Independence Day.', JANUARY)?.value).toBe(
      '2023-07-04',
    );
    expect(proposeDate("Crowds marked Ukraine's Independence Day.", JANUARY)).toBeNull();
    expect(proposeDate('Crowds marked Mexican Independence Day.', JANUARY)).toBeNull();
  });

  it('leaves words that only contain a holiday name alone', () => {
    expect(proposeDate('The Eastern front held.', JANUARY)).toBeNull();
    expect(proposeDate('Easterly winds blew.', JANUARY)).toBeNull();
    expect(proposeDate('They sold a Christmas tree.', JANUARY)).toBeNull();
    expect(proposeDate('Easter Island is remote.', JANUARY)).toBeNull();
    expect(proposeDate('The Good Friday Agreement held.', JANUARY)).toBeNull();
  });
});

it('dayNumber is the calendar the holidays are counted in', () => {
  expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
});
