// Placing parts of the calendar that calendarParsers.ts reads: quarters and halves, the rest of
// a period, the nth weekday of a month and a day of a month without its month.
// - "Q3 2016", "the first half of 1989": the months, `2016-07/2016-09`; with no year, the year
//   as for a date without one (yearChoice.ts).
// - "the rest of the week / month / year": from publication to the end of that (Monday–Sunday)
//   week, month or year.
// - "the first Friday of July": that day, the year as for a date without one.
// - "on the 27th", "Friday the 15th": that day of the month before, of or after the month of
//   publication, chosen as the year of a date without one is; with a weekday, the nearest month
//   in which the day falls on it.
import {
  calendarDate,
  dayNumber,
  daysInMonth,
  MONTH_NAMES,
  weekdayOfDay,
  weekStart,
} from '../dataset/calendar';
import {
  type Context,
  daySpan,
  edtfOf,
  join,
  monthSpan,
  type Placed,
  publicationWords,
  quote,
} from './datePlacing';
import { nthWeekday } from './holidays';
import type { Reading } from './mentions';
import { placeYearless, type YearCandidate } from './placeCalendar';

const ORDINAL = ['last', '', 'first', 'second', 'third', 'fourth', 'fifth'];

function monthsOf(year: number, from: number, to: number) {
  return from === to ? monthSpan(year, from) : join(monthSpan(year, from), monthSpan(year, to));
}

export function placeMonths(reading: Extract<Reading, { kind: 'months' }>, ctx: Context): Placed {
  const words = `${MONTH_NAMES[reading.from - 1]}–${MONTH_NAMES[reading.to - 1]}`;
  if (reading.year !== null) {
    const value = monthsOf(reading.year, reading.from, reading.to);
    return {
      value,
      alternatives: [],
      note: `${quote(ctx.expression)}: the months ${words} of ${reading.year}, ${edtfOf(value)}.`,
    };
  }
  const publishedYear = calendarDate(ctx.published).year;
  const candidates: YearCandidate[] = [];
  for (let year = publishedYear - 2; year <= publishedYear + 2; year++) {
    const span = monthsOf(year, reading.from, reading.to);
    candidates.push({ year, value: span, alternatives: [], extent: span });
  }
  return placeYearless(candidates, `${words} (${quote(ctx.expression)})`, null, ctx);
}

export function placeRest(reading: Extract<Reading, { kind: 'rest' }>, ctx: Context): Placed {
  const { published } = ctx;
  const { year, month } = calendarDate(published);
  const last =
    reading.unit === 'week'
      ? weekStart(published) + 6
      : reading.unit === 'month'
        ? dayNumber({ year, month, day: daysInMonth(year, month) })
        : dayNumber({ year, month: 12, day: 31 });
  const value = daySpan(published, last);
  return {
    value,
    alternatives: [],
    note: `${quote(ctx.expression)}: from ${publicationWords(published)} to the end of its ${reading.unit}${reading.unit === 'week' ? ' (weeks running Monday to Sunday)' : ''}, ${edtfOf(value)}.`,
  };
}

export function placeNthWeekday(
  reading: Extract<Reading, { kind: 'nth-weekday' }>,
  ctx: Context,
): Placed {
  const publishedYear = calendarDate(ctx.published).year;
  const candidates: YearCandidate[] = [];
  for (let year = publishedYear - 2; year <= publishedYear + 2; year++) {
    const day = nthWeekday(year, reading.month, reading.weekday, reading.n);
    if (calendarDate(day).month !== reading.month) continue; // no fifth Friday that month
    const span = daySpan(day);
    candidates.push({ year, value: span, alternatives: [], extent: span });
  }
  const weekdayName = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1 + reading.weekday)),
  );
  const words = `${ORDINAL[reading.n + 1] ?? ''} ${weekdayName} of ${MONTH_NAMES[reading.month - 1]}`;
  return placeYearless(candidates, words, null, ctx);
}

export function placeMonthday(
  reading: Extract<Reading, { kind: 'monthday' }>,
  ctx: Context,
): Placed {
  const { year, month } = calendarDate(ctx.published);
  const candidates: YearCandidate[] = [];
  // Months around publication; "year" here orders them (only its order matters).
  for (let offset = -3; offset <= 3; offset++) {
    const index = year * 12 + (month - 1) + offset;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    if (reading.day > daysInMonth(y, m)) continue;
    const day = dayNumber({ year: y, month: m, day: reading.day });
    if (reading.weekday !== null && weekdayOfDay(day) !== reading.weekday) continue;
    const span = daySpan(day);
    candidates.push({ year: index, value: span, alternatives: [], extent: span });
  }
  const words = `day ${reading.day} of a month`;
  return placeYearless(candidates, words, null, {
    ...ctx,
    mention: { ...ctx.mention, modifier: null },
  });
}
