// Event dates as calendar facts. EDTF strings are parsed by the `edtf` package (syntax and calendar
// validity); this module turns the result into whole calendar days. A day is counted from
// 1970-01-01 in pure arithmetic, never through the viewer's local midnight, so a date reads the
// same in every time zone.
import { type EdtfNode, parse } from 'edtf';

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

export type EdtfResult = { ok: true; date: EventDateValue } | { ok: false; error: string };

const MS_PER_DAY = 86_400_000;

export function dayNumber({ year, month, day }: CalendarDate): DayNumber {
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  const ms = new Date(0).setUTCFullYear(year, month - 1, day);
  return Math.round(ms / MS_PER_DAY);
}

export function calendarDate(day: DayNumber): CalendarDate {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `YYYY-MM-DD` for a day number (years 0–9999). */
export function isoDay(day: DayNumber): string {
  const { year, month, day: d } = calendarDate(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses a strict `YYYY-MM-DD` (a real calendar day) into a day number, else null. */
export function parseIsoDay(input: string): DayNumber | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const n = dayNumber({ year, month, day });
  const back = calendarDate(n);
  return back.year === year && back.month === month && back.day === day ? n : null;
}

/** Milliseconds of UTC midnight starting a day: how a calendar day is handed to a UTC-only view. */
export function dayStartUtcMs(day: DayNumber): number {
  return day * MS_PER_DAY;
}

/** The calendar day of a UTC instant (inverse of dayStartUtcMs, flooring within the day). */
export function dayOfUtcMs(ms: number): DayNumber {
  return Math.floor(ms / MS_PER_DAY);
}

function daysInMonth(year: number, month: number): number {
  return calendarDate(dayNumber({ year, month: month + 1, day: 1 }) - 1).day;
}

const MONTHS = [
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
];

function qualifier(flag: boolean | number | undefined): boolean {
  return flag === true || (typeof flag === 'number' && flag !== 0);
}

function toPoint(node: EdtfNode): DatePoint | string {
  // Checked first: an interval end with X digits comes back from `edtf` without a type.
  if (node.unspecified) return 'unspecified digits (X) are not supported';
  if (node.type !== 'Date')
    return `${node.type} dates are not supported (use a day, month or year)`;
  if (node.level > 1) return 'only EDTF levels 0 and 1 are supported';
  const values = node.values;
  if (values.length > 3) return 'times are not supported: give a calendar date';
  const [year, month0, day] = values as number[];
  if (year === undefined) return 'a year is required';
  if (year < -9999 || year > 9999) return 'the year must be between -9999 and 9999';
  const approximate = qualifier(node.approximate);
  const uncertain = qualifier(node.uncertain);
  if (month0 === undefined) {
    return {
      year,
      precision: 'year',
      approximate,
      uncertain,
      first: dayNumber({ year, month: 1, day: 1 }),
      last: dayNumber({ year, month: 12, day: 31 }),
    };
  }
  const month = month0 + 1;
  if (day === undefined) {
    return {
      year,
      month,
      precision: 'month',
      approximate,
      uncertain,
      first: dayNumber({ year, month, day: 1 }),
      last: dayNumber({ year, month, day: daysInMonth(year, month) }),
    };
  }
  const n = dayNumber({ year, month, day });
  // The `edtf` grammar accepts the 29th of February in every year; a non-leap year has none.
  if (calendarDate(n).day !== day) return `${year} has no ${day} ${MONTHS[month - 1]}`;
  return { year, month, day, precision: 'day', approximate, uncertain, first: n, last: n };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

/** Parses an EDTF level 0/1 date into calendar days, or says plainly why it can't. */
export function parseEdtf(value: string): EdtfResult {
  if (value.trim() === '') return { ok: false, error: 'is empty: give an EDTF date' };
  let node: EdtfNode;
  try {
    node = parse(value);
  } catch (error) {
    const detail = error instanceof Error ? firstLine(error.message) : String(error);
    return { ok: false, error: `"${value}" is not a valid EDTF date (${detail})` };
  }
  if (node.type === 'Interval') {
    // An open or unknown end comes back as null or ±Infinity depending on the build.
    const [startNode, endNode] = node.values.map((v) => (typeof v === 'object' ? v : null));
    const start = intervalEnd(startNode ?? null, value.startsWith('..'));
    const end = intervalEnd(endNode ?? null, value.endsWith('..'));
    if (typeof start === 'string') return { ok: false, error: `start: ${start}` };
    if (typeof end === 'string') return { ok: false, error: `end: ${end}` };
    if (!('first' in start) && !('first' in end)) {
      return { ok: false, error: 'an interval needs at least one known end' };
    }
    if ('first' in start && 'first' in end && start.first > end.last) {
      return { ok: false, error: `starts after it ends (${value})` };
    }
    return { ok: true, date: { kind: 'interval', value, start, end } };
  }
  const point = toPoint(node);
  if (typeof point === 'string') return { ok: false, error: point };
  return { ok: true, date: { kind: 'point', value, point } };
}

function intervalEnd(node: EdtfNode | null, open: boolean): IntervalEnd | string {
  if (node === null) return open ? { open: true } : { unknown: true };
  return toPoint(node);
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
