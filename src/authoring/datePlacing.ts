// The common ground of placing a date (dateProposals.ts): spans of days as EDTF, weekdays and
// weeks, and the context an expression is placed in (publication day, tense, the words).
import {
  calendarDate,
  type DayNumber,
  dayNumber,
  daysInMonth,
  isoDay,
  weekdayOfDay,
} from '../dataset/calendar';
import type { Mention } from './mentions';
import type { TenseReading } from './tense';
import type { LeanReading } from './yearChoice';

/** An EDTF date as its two ends (equal for a single day, month or year) and the days it covers. */
export interface Span {
  start: string;
  end: string;
  first: DayNumber;
  last: DayNumber;
}

export interface Placed {
  value: Span;
  alternatives: Span[];
  /** Sentences saying how the value was reached. */
  note: string;
}

export type Direction = 'back' | 'forward';

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

export const edtfOf = (span: Span): string =>
  span.start === span.end ? span.start : `${span.start}/${span.end}`;

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 0 || year > 9999)
    throw new RangeError(`year ${year} is out of range`);
  return year;
}

export function daySpan(first: DayNumber, last: DayNumber = first): Span {
  checkYear(calendarDate(first).year);
  checkYear(calendarDate(last).year);
  return { start: isoDay(first), end: isoDay(last), first, last };
}

export function monthSpan(year: number, month: number, approximate = false): Span {
  const value = `${pad(checkYear(year), 4)}-${pad(month, 2)}${approximate ? '~' : ''}`;
  return {
    start: value,
    end: value,
    first: dayNumber({ year, month, day: 1 }),
    last: dayNumber({ year, month, day: daysInMonth(year, month) }),
  };
}

export function yearSpan(year: number, approximate = false): Span {
  const value = `${pad(checkYear(year), 4)}${approximate ? '~' : ''}`;
  return {
    start: value,
    end: value,
    first: dayNumber({ year, month: 1, day: 1 }),
    last: dayNumber({ year, month: 12, day: 31 }),
  };
}

export function join(from: Span, to: Span): Span {
  return { start: from.start, end: to.end, first: from.first, last: to.last };
}

export function approximateDay(day: DayNumber): Span {
  const span = daySpan(day);
  return { ...span, start: `${span.start}~`, end: `${span.end}~` };
}

/** Parts of a month (days) or year (months) for early / mid / late. */
export function monthPart(year: number, month: number, part: 'early' | 'mid' | 'late'): Span {
  const [from, to] =
    part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, daysInMonth(year, month)];
  return daySpan(dayNumber({ year, month, day: from }), dayNumber({ year, month, day: to }));
}

export function yearPart(year: number, part: 'early' | 'mid' | 'late'): Span {
  const [from, to] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return join(monthSpan(year, from), monthSpan(year, to));
}

export function decadeSpan(first: number, part: 'early' | 'mid' | 'late' | null): Span {
  const [from, to] =
    part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : part === 'late' ? [7, 9] : [0, 9];
  return join(yearSpan(first + from), yearSpan(first + to));
}

export function part(mention: Mention): 'early' | 'mid' | 'late' | null {
  const q = mention.qualifier;
  return q === 'early' || q === 'mid' || q === 'late' ? q : null;
}

export function quote(words: string): string {
  return `“${words}”`;
}

/** "the Sunday publication (2021-10-10)" */
export function publicationWords(published: DayNumber): string {
  return `the ${WEEKDAY_NAMES[weekdayOfDay(published)]} publication (${isoDay(published)})`;
}

export function tenseWords(reading: TenseReading): string {
  if (reading.cue === null) return 'No tense cue, so read as past (the news default)';
  if (reading.open)
    return `${quote(reading.cue)} leaves the time open, so read as past (the news default)`;
  if (reading.tense === 'present')
    return `Present tense (${quote(reading.cue)}), read as past (the news default)`;
  return `${reading.tense === 'past' ? 'Past' : 'Future'} tense (${quote(reading.cue)})`;
}

export interface Context {
  published: DayNumber;
  direction: Direction;
  /** Whether the tense leaves the direction open (no cue, or present tense). */
  ambiguous: boolean;
  tense: TenseReading;
  /** The side of publication for a date without a year (yearChoice.ts). */
  lean: LeanReading;
  mention: Mention;
  expression: string;
}
