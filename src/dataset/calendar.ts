// Calendar days: the unit every Sourceline date is measured in. A day is counted from 1970-01-01
// in pure arithmetic, never through the viewer's local midnight, so a date reads the same in every
// time zone. No parsing here (see edtf.ts), so views can use it without loading the EDTF grammar.

export type Precision = 'year' | 'month' | 'day';

/** Whole days since 1970-01-01 (a calendar day, not an instant). */
export type DayNumber = number;

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** One end of a date: a year, month or day, with its EDTF qualifiers. */
export interface DatePoint {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  /** First and last calendar day this point covers (a month covers all its days). */
  first: DayNumber;
  last: DayNumber;
}

/** An interval end is a point, open (`..`: goes on) or unknown (empty). */
export type IntervalEnd = DatePoint | { open: true } | { unknown: true };

export type EventDateValue =
  | { kind: 'point'; value: string; point: DatePoint }
  | { kind: 'interval'; value: string; start: IntervalEnd; end: IntervalEnd };

/** Milliseconds in a calendar day (UTC has no daylight saving). */
export const DAY_MS = 86_400_000;

/**
 * The farthest years a date may name, either way: what the timeline can draw (JavaScript's dates
 * end at ±271,821) with room to pan around them. Beyond four digits EDTF writes a year with a
 * `Y` before it (level 1): `Y-12000` is 12,001 BCE.
 */
export const MAX_YEAR = 270_000;

/** Month names in English, January first (index = month − 1). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function dayNumber({ year, month, day }: CalendarDate): DayNumber {
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  const ms = new Date(0).setUTCFullYear(year, month - 1, day);
  return Math.round(ms / DAY_MS);
}

export function calendarDate(day: DayNumber): CalendarDate {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * `YYYY-MM-DD` for a day number; years before 0 with a minus sign, as EDTF and ISO 8601 write them
 * (`-0043-03-15` is 15 March 44 BCE; year 0 is 1 BCE).
 */
export function isoDay(day: DayNumber): string {
  const { year, month, day: d } = calendarDate(day);
  const sign = year < 0 ? '-' : '';
  return `${sign}${String(Math.abs(year)).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses a strict `YYYY-MM-DD` or `-YYYY-MM-DD` (a real calendar day) into a day number. */
export function parseIsoDay(input: string): DayNumber | null {
  return readDay(/^(-?\d{4})-(\d{2})-(\d{2})$/.exec(input));
}

/**
 * parseIsoDay, and years of five or six digits too (`-12000-03-01`, as isoDay writes them): the
 * days a link's time window may name in deep time.
 */
export function parseExtendedIsoDay(input: string): DayNumber | null {
  return readDay(/^(-?(?:\d{4}|[1-9]\d{4,5}))-(\d{2})-(\d{2})$/.exec(input));
}

function readDay(match: RegExpExecArray | null): DayNumber | null {
  if (!match || match[1] === '-0000') return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const n = dayNumber({ year, month, day });
  const back = calendarDate(n);
  return back.year === year && back.month === month && back.day === day ? n : null;
}

/** Milliseconds of UTC midnight starting a day: how a calendar day is handed to a UTC-only view. */
export function dayStartUtcMs(day: DayNumber): number {
  return day * DAY_MS;
}

/** The calendar day of a UTC instant (inverse of dayStartUtcMs, flooring within the day). */
export function dayOfUtcMs(ms: number): DayNumber {
  return Math.floor(ms / DAY_MS);
}

/** Milliseconds of UTC midnight starting a month (`monthIndex` 0–11) of a year. */
export function monthStartUtcMs(year: number, monthIndex: number): number {
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  return new Date(0).setUTCFullYear(year, monthIndex, 1);
}

/**
 * Months since year 0 (year × 12 + month index) of a day, in the proleptic Gregorian calendar:
 * arithmetic (H. Hinnant's civil_from_days), since a `Date` per item and level was most of what
 * counting 100k events on the timeline cost. Equal to calendarDate's year × 12 + month − 1.
 */
export function monthsOfDay(day: DayNumber): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 2 : mp - 10;
  const year = yoe + era * 400 + (month <= 1 ? 1 : 0);
  return year * 12 + month;
}

/** A day of the week: 0 is Sunday, 6 Saturday (as `Date.getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export function weekdayOfDay(day: DayNumber): Weekday {
  // 1970-01-01, day 0, was a Thursday.
  return ((((day + 4) % 7) + 7) % 7) as Weekday;
}

/** The latest day on or before `anchor` that falls on `weekday`. */
export function latestOnOrBefore(anchor: DayNumber, weekday: Weekday): DayNumber {
  return anchor - ((weekdayOfDay(anchor) - weekday + 7) % 7);
}

/** The earliest day on or after `anchor` that falls on `weekday`. */
export function earliestOnOrAfter(anchor: DayNumber, weekday: Weekday): DayNumber {
  return anchor + ((weekday - weekdayOfDay(anchor) + 7) % 7);
}

/** The Monday starting the (ISO 8601) week of a day. */
export function weekStart(day: DayNumber): DayNumber {
  return day - ((weekdayOfDay(day) + 6) % 7);
}

export function daysInMonth(year: number, month: number): number {
  return calendarDate(dayNumber({ year, month: month + 1, day: 1 }) - 1).day;
}

export function isPoint(end: IntervalEnd): end is DatePoint {
  return 'first' in end;
}

/**
 * The known extent of a date in days, inclusive. An open or unknown end is null: the caller
 * decides how far it runs (the timeline runs it to the edge of the data).
 */
export function dateExtent(date: EventDateValue): {
  first: DayNumber | null;
  last: DayNumber | null;
} {
  if (date.kind === 'point') return { first: date.point.first, last: date.point.last };
  return {
    first: isPoint(date.start) ? date.start.first : null,
    last: isPoint(date.end) ? date.end.last : null,
  };
}

/** A day on which the date is anchored, for sorting: its first known day. */
export function sortDay(date: EventDateValue): DayNumber {
  const { first, last } = dateExtent(date);
  return first ?? last ?? 0;
}

export function isApproximate(date: EventDateValue): boolean {
  if (date.kind === 'point') return date.point.approximate;
  return [date.start, date.end].some((end) => isPoint(end) && end.approximate);
}

export function isUncertain(date: EventDateValue): boolean {
  if (date.kind === 'point') return date.point.uncertain;
  return [date.start, date.end].some((end) => isPoint(end) && end.uncertain);
}
