// A TimelineJS slide's dates (`start_date`, `end_date`: objects of year, month, day and time
// fields) as an EDTF value, or the problem that stops it, named by its slide.
import { daysInMonth, MAX_YEAR, MONTH_NAMES, parseEdtf } from '../../dataset/edtf';
import type { Problem } from '../../dataset/problem';
import { htmlToLine } from './htmlToText';
import { cut, fields, type SlideName, slideProblem, stringOf } from './slideProblems';

/** Years beyond this cannot be drawn: JavaScript dates (and so vis-timeline) stop near ±271,800. */
export const MAX_IMPORT_YEAR = MAX_YEAR;

interface DayParts {
  year: number;
  month?: number;
  day?: number;
}

type DatePart = { ok: true; value: number | null } | { ok: false; raw: string };

/** A year, month or day: a whole number or numeric string (`"650"`, `"-500"`, `"1,850"`). */
function datePart(value: unknown): DatePart {
  if (value === undefined || value === null) return { ok: true, value: null };
  if (typeof value === 'number') {
    return Number.isInteger(value) ? { ok: true, value } : { ok: false, raw: String(value) };
  }
  if (typeof value !== 'string') return { ok: false, raw: JSON.stringify(value) ?? '' };
  const cleaned = value.replace(/[\s,]+/g, '');
  if (cleaned === '') return { ok: true, value: null };
  if (!/^[-+]?\d+$/.test(cleaned)) return { ok: false, raw: value };
  return { ok: true, value: Number(cleaned) };
}

const TIME_FIELDS = ['hour', 'minute', 'second', 'millisecond', 'time'] as const;

/** EDTF for a year: four digits at least, negative for BCE, `Y`-prefixed beyond four digits. */
export function edtfYear(year: number): string {
  if (Math.abs(year) > 9999) return `Y${year}`;
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : digits;
}

function edtfOf(parts: DayParts): string {
  const year = edtfYear(parts.year);
  if (Math.abs(parts.year) > 9999 || parts.month === undefined) return year;
  const month = `${year}-${String(parts.month).padStart(2, '0')}`;
  return parts.day === undefined ? month : `${month}-${String(parts.day).padStart(2, '0')}`;
}

type DateRead =
  | { ok: true; parts: DayParts | null; notes: string[]; display: string }
  | { ok: false; problem: Problem };

/** Reads a TimelineJS date object: `year` required, then `month`, `day`; times are set aside. */
function readDate(
  raw: unknown,
  path: string,
  field: 'start_date' | 'end_date',
  name: SlideName,
  required: boolean,
): DateRead {
  const problem = (
    at: string,
    code: string,
    params: Readonly<Record<string, string | number>>,
    english: string,
  ): DateRead => ({ ok: false, problem: slideProblem(at, name, code, params, english) });
  const isEnd = field === 'end_date';
  if (raw === undefined || raw === null || raw === '') {
    return required
      ? problem(
          path,
          isEnd ? 'importNoEndDate' : 'importNoDate',
          {},
          `has no ${isEnd ? 'end date' : 'date'} (a year at least)`,
        )
      : { ok: true, parts: null, notes: [], display: '' };
  }
  const date = fields(raw);
  if (!date) {
    return problem(path, 'importDateNotObject', {}, 'must be a date object such as {"year": 1969}');
  }
  const read: Partial<Record<'year' | 'month' | 'day', number | null>> = {};
  for (const key of ['year', 'month', 'day'] as const) {
    const part = datePart(date[key]);
    if (!part.ok) {
      const raw = cut(part.raw, 40);
      return problem(
        `${path}.${key}`,
        'importNotWhole',
        { part: key, raw },
        `${key} "${raw}" is not a whole number`,
      );
    }
    read[key] = part.value;
  }
  const { year = null, month = null, day = null } = read;
  const hasTime = TIME_FIELDS.some((key) => stringOf(date[key]).trim() !== '');
  const display = htmlToLine(stringOf(date.display_date));
  if (year === null) {
    if (required) {
      return problem(
        `${path}.year`,
        isEnd ? 'importNoEndYear' : 'importNoYear',
        {},
        `has no ${isEnd ? 'end year' : 'year'}`,
      );
    }
    // TimelineJS ignores an end date without a year too.
    const other = month !== null || day !== null || hasTime;
    return { ok: true, parts: null, notes: other ? ['an end date without a year'] : [], display };
  }
  if (Math.abs(year) > MAX_IMPORT_YEAR) {
    return problem(
      `${path}.year`,
      'importYearTooFar',
      { year, max: MAX_IMPORT_YEAR },
      `year ${year} is beyond what the timeline can draw (±${MAX_IMPORT_YEAR.toLocaleString('en')} years)`,
    );
  }
  if (month !== null && (month < 1 || month > 12)) {
    return problem(
      `${path}.month`,
      'importMonthRange',
      { month },
      `month ${month} is not between 1 and 12`,
    );
  }
  if (day !== null && (day < 1 || day > 31)) {
    return problem(`${path}.day`, 'importDayRange', { day }, `day ${day} is not between 1 and 31`);
  }
  if (month !== null && day !== null && Math.abs(year) <= 9999 && day > daysInMonth(year, month)) {
    return problem(
      `${path}.day`,
      'dateNoSuchDay',
      { year, month, day },
      `${year} has no ${day} ${MONTH_NAMES[month - 1]}`,
    );
  }
  // What is left out goes into the event's date note: words of the data, in English as the rest
  // of the note (the imported dataset's language).
  const notes: string[] = [];
  if (Math.abs(year) > 9999 && month !== null) {
    notes.push(
      `the month and day of the year ${year} (EDTF writes years beyond four digits alone)`,
    );
  }
  const parts: DayParts = { year };
  if (month !== null) {
    parts.month = month;
    if (day !== null) parts.day = day;
  } else if (day !== null) {
    notes.push(`a day (${day}) without a month`);
  }
  if (hasTime) notes.push('a time of day');
  return { ok: true, parts, notes, display };
}

export type SlideDate =
  | { ok: true; value: string; note: string; expression: string }
  | { ok: false; problem: Problem };

/** A slide's dates as one EDTF value, with the note saying where it came from. */
export function slideDate(
  slide: Record<string, unknown>,
  where: string,
  name: SlideName,
  options: { endRequired: boolean },
): SlideDate {
  const start = readDate(slide.start_date, `${where}.start_date`, 'start_date', name, true);
  if (!start.ok) return start;
  const end = readDate(slide.end_date, `${where}.end_date`, 'end_date', name, options.endRequired);
  if (!end.ok) return end;
  if (!start.parts) throw new Error('a required date has parts');
  const from = edtfOf(start.parts);
  const value = end.parts ? `${from}/${edtfOf(end.parts)}` : from;
  const parsed = parseEdtf(value);
  if (!parsed.ok) {
    // The reason's own code and values (e.g. dateReversed), so a view says why in its words.
    return {
      ok: false,
      problem: slideProblem(
        `${where}.start_date`,
        name,
        parsed.code,
        parsed.params,
        `the date ${value} cannot be read (${parsed.error})`,
      ),
    };
  }
  const left = [...start.notes, ...end.notes];
  const note = [
    `From the TimelineJS ${end.parts ? 'start_date and end_date' : 'start_date'} (${value}).`,
    left.length > 0 ? `Left out: ${left.join(', ')}; Sourceline dates are calendar days.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const expression =
    htmlToLine(stringOf(slide.display_date)) ||
    [start.display, end.display].filter(Boolean).join(' – ');
  return { ok: true, value, note, expression: cut(expression, 1_000) };
}
