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
  MAX_YEAR,
  MONTH_NAMES,
} from './calendar';

export * from './calendar';

/**
 * Why a date cannot be read: its English words, and a code with values for a view to say it in
 * its language (i18n/problemWords.ts).
 */
export interface DateFault {
  error: string;
  code: string;
  params: Readonly<Record<string, string | number>>;
}

export type EdtfResult = { ok: true; date: EventDateValue } | ({ ok: false } & DateFault);

const fault = (
  code: string,
  params: Readonly<Record<string, string | number>>,
  error: string,
): DateFault => ({ code, params, error });

const isFault = (value: object): value is DateFault => 'code' in value;

/** A value quoted in an error, cut short. */
const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

function qualifier(flag: boolean | number | undefined): boolean {
  return flag === true || (typeof flag === 'number' && flag !== 0);
}

function toPoint(node: EdtfNode, value: string): DatePoint | DateFault {
  const unsupported = (error: string) => fault('dateUnsupported', { value: shown(value) }, error);
  // Checked first: an interval end with X digits comes back from `edtf` without a type.
  if (node.unspecified) return unsupported('unspecified digits (X) are not supported');
  if (node.type === 'Year') {
    const [year] = node.values as number[];
    if (year === undefined) return unsupported('a year is required');
    if (Math.abs(year) <= 9999) {
      return unsupported(`write the year ${year} with four digits, without the Y`);
    }
    return makePoint(year, undefined, undefined, false, false);
  }
  if (node.type !== 'Date') {
    return unsupported(`${node.type} dates are not supported (use a day, month or year)`);
  }
  if (node.level > 1) return unsupported('only EDTF levels 0 and 1 are supported');
  const values = node.values;
  if (values.length > 3) return unsupported('times are not supported: give a calendar date');
  const [year, month0, day] = values as number[];
  if (year === undefined) return unsupported('a year is required');
  const month = month0 === undefined ? undefined : month0 + 1;
  return makePoint(year, month, day, qualifier(node.approximate), qualifier(node.uncertain));
}

/** A year, month or day with its qualifiers, as the calendar days it covers. */
function makePoint(
  year: number,
  month: number | undefined,
  day: number | undefined,
  approximate: boolean,
  uncertain: boolean,
): DatePoint | DateFault {
  if (Math.abs(year) > MAX_YEAR) {
    return fault(
      'dateYearRange',
      { max: MAX_YEAR },
      `the year must be between -${MAX_YEAR} and ${MAX_YEAR} (the timeline cannot draw farther)`,
    );
  }
  if (month === undefined) {
    return {
      year,
      precision: 'year',
      approximate,
      uncertain,
      first: dayNumber({ year, month: 1, day: 1 }),
      last: dayNumber({ year, month: 12, day: 31 }),
    };
  }
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
  if (calendarDate(n).day !== day) {
    return fault(
      'dateNoSuchDay',
      { year, month, day },
      `${year} has no ${day} ${MONTH_NAMES[month - 1]}`,
    );
  }
  return { year, month, day, precision: 'day', approximate, uncertain, first: n, last: n };
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with an optional whole-date qualifier (EDTF levels 0/1). */
const SIMPLE_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?([~?%])?$/;

/** A year of five or six digits, `Y`-prefixed (EDTF level 1), without qualifiers. */
const LONG_YEAR = /^Y(-?[1-9]\d{4,5})$/;

function simplePoint(text: string): DatePoint | null {
  if (text.startsWith('Y')) {
    const point = longYear(text);
    return isFault(point) ? null : point;
  }
  const match = SIMPLE_DATE.exec(text);
  if (!match) return null;
  const flag = match[4];
  const point = makePoint(
    Number(match[1]),
    match[2] === undefined ? undefined : Number(match[2]),
    match[3] === undefined ? undefined : Number(match[3]),
    flag === '~' || flag === '%',
    flag === '?' || flag === '%',
  );
  return isFault(point) ? null : point;
}

/**
 * The shapes datasets use nearly always (a day, month or year, qualified or not, and intervals of
 * them with open or unknown ends), read without the EDTF grammar, which costs ~60 µs a date: a
 * 100k-event dataset would spend seconds in it. Anything else, or anything wrong, returns null
 * and goes to the grammar, which also words the errors. A test checks both agree.
 */
function parseCommon(value: string): EdtfResult | null {
  const parts = value.split('/');
  if (parts.length === 1) {
    const point = simplePoint(value);
    return point ? { ok: true, date: { kind: 'point', value, point } } : null;
  }
  if (parts.length !== 2) return null;
  const [start, end] = parts.map((part): IntervalEnd | null =>
    part === '..' ? { open: true } : part === '' ? { unknown: true } : simplePoint(part),
  );
  if (!start || !end || !('first' in start || 'first' in end)) return null;
  if ('first' in start && 'first' in end && start.first > end.last) return null;
  return { ok: true, date: { kind: 'interval', value, start, end } };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

/** Parses an EDTF level 0/1 date into calendar days, or says plainly why it can't. */
export function parseEdtf(value: string): EdtfResult {
  return parseCommon(value) ?? parseWithGrammar(value);
}

/** parseEdtf by the `edtf` grammar alone (exported for the test that both paths agree). */
export function parseWithGrammar(value: string): EdtfResult {
  const failed = (why: DateFault): EdtfResult => ({ ok: false, ...why });
  if (value.trim() === '') return failed(fault('dateEmpty', {}, 'is empty: give an EDTF date'));
  if (value.includes('Y') && value.includes('/')) return parseLongYearInterval(value);
  let node: EdtfNode;
  try {
    node = parse(value);
  } catch (thrown) {
    const detail = thrown instanceof Error ? firstLine(thrown.message) : String(thrown);
    const error = `"${value}" is not a valid EDTF date (${detail})`;
    return failed(fault('dateNotEdtf', { value: shown(value) }, error));
  }
  if (node.type === 'Interval') {
    // An open or unknown end comes back as null or ±Infinity depending on the build.
    const [startNode, endNode] = node.values.map((v) => (typeof v === 'object' ? v : null));
    const start = intervalEnd(startNode ?? null, value.startsWith('..'), value);
    const end = intervalEnd(endNode ?? null, value.endsWith('..'), value);
    if (isFault(start)) return failed({ ...start, error: `start: ${start.error}` });
    if (isFault(end)) return failed({ ...end, error: `end: ${end.error}` });
    return interval(value, start, end);
  }
  const point = toPoint(node, value);
  if (isFault(point)) return failed(point);
  return { ok: true, date: { kind: 'point', value, point } };
}

/** A `Y` year on its own: five or six digits, no qualifier. */
function longYear(text: string): DatePoint | DateFault {
  const match = LONG_YEAR.exec(text);
  if (!match) {
    const error = `"${text}" is not a year EDTF writes with a Y (five or six digits, e.g. Y-12000)`;
    return fault('dateUnsupported', { value: shown(text) }, error);
  }
  return makePoint(Number(match[1]), undefined, undefined, false, false);
}

/**
 * An interval with a `Y` year at one end or both (`Y-12000/Y-10000`). The `edtf` grammar reads
 * such years only on their own; Sourceline reads them as interval ends too, each end as it would
 * be read alone, since an imported era or slide of deep time needs them.
 */
function parseLongYearInterval(value: string): EdtfResult {
  const parts = value.split('/');
  if (parts.length !== 2) {
    return {
      ok: false,
      ...fault('dateNotEdtf', { value: shown(value) }, `"${value}" is not a valid EDTF date`),
    };
  }
  const ends: IntervalEnd[] = [];
  for (const [i, part] of parts.entries()) {
    const which = i === 0 ? 'start' : 'end';
    if (part === '..' || part === '') {
      ends.push(part === '..' ? { open: true } : { unknown: true });
      continue;
    }
    let point: DatePoint | DateFault;
    if (part.startsWith('Y')) point = longYear(part);
    else {
      const read = parseWithGrammar(part);
      point = !read.ok
        ? read
        : read.date.kind === 'point'
          ? read.date.point
          : fault('dateNotEdtf', { value: shown(value) }, 'an interval end is a single date');
    }
    if (isFault(point)) {
      return {
        ok: false,
        code: point.code,
        params: point.params,
        error: `${which}: ${point.error}`,
      };
    }
    ends.push(point);
  }
  const [start, end] = ends as [IntervalEnd, IntervalEnd];
  return interval(value, start, end);
}

/** An interval of two read ends, if it has a known end and does not end before it starts. */
function interval(value: string, start: IntervalEnd, end: IntervalEnd): EdtfResult {
  if (!('first' in start) && !('first' in end)) {
    return {
      ok: false,
      ...fault('dateNoKnownEnd', {}, 'an interval needs at least one known end'),
    };
  }
  if ('first' in start && 'first' in end && start.first > end.last) {
    const error = `starts after it ends (${value})`;
    return { ok: false, ...fault('dateReversed', { value: shown(value) }, error) };
  }
  return { ok: true, date: { kind: 'interval', value, start, end } };
}

function intervalEnd(node: EdtfNode | null, open: boolean, value: string): IntervalEnd | DateFault {
  if (node === null) return open ? { open: true } : { unknown: true };
  return toPoint(node, value);
}
