// Event dates as calendar facts. EDTF strings are parsed by the `edtf` package (syntax and calendar
// validity); this module turns the result into whole calendar days (calendar.ts).
import { type EdtfNode, parse } from 'edtf';
import {
  calendarDate,
  type DatePoint,
  dayNumber,
  daysInMonth,
  type EventDateValue,
  type IntervalEnd,
} from './calendar';

export * from './calendar';

export type EdtfResult = { ok: true; date: EventDateValue } | { ok: false; error: string };

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
