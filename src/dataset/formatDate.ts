// Dates written for people, in English. The words come from the calendar day itself (pure
// arithmetic on UTC), so they never depend on the viewer's time zone. A test holds them to
// date-fns's words for the same days, which this replaced to keep date-fns out of the first paint.
import {
  calendarDate,
  type DatePoint,
  type DayNumber,
  dayStartUtcMs,
  type EventDateValue,
  type IntervalEnd,
  isApproximate,
  isPoint,
  isUncertain,
} from './calendar';

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
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const monthName = (day: DayNumber) => MONTHS[calendarDate(day).month - 1] ?? '';
const monthShort = (day: DayNumber) => monthName(day).slice(0, 3);
const dayOfMonth = (day: DayNumber) => String(calendarDate(day).day);
const weekday = (day: DayNumber) => WEEKDAYS[new Date(dayStartUtcMs(day)).getUTCDay()] ?? '';

/** The year in four digits; years before 1 are counted back from 1 BC, without a sign. */
function year(day: DayNumber): string {
  const y = calendarDate(day).year;
  return String(y > 0 ? y : 1 - y).padStart(4, '0');
}

/** "8 October" */
const dayMonth = (day: DayNumber) => `${dayOfMonth(day)} ${monthName(day)}`;
/** "8 October 2021" */
const dayMonthYear = (day: DayNumber) => `${dayMonth(day)} ${year(day)}`;
/** "October 2021" */
const monthYear = (day: DayNumber) => `${monthName(day)} ${year(day)}`;

/** "Friday 8 October 2021" */
export function formatDayLong(day: DayNumber): string {
  return `${weekday(day)} ${dayMonthYear(day)}`;
}

/** "8 Oct 2021" */
export function formatDayShort(day: DayNumber): string {
  return `${dayOfMonth(day)} ${monthShort(day)} ${year(day)}`;
}

function pointWords(point: DatePoint): string {
  switch (point.precision) {
    case 'day':
      return formatDayLong(point.first);
    case 'month':
      return monthYear(point.first);
    case 'year':
      return year(point.first);
  }
}

/** "9–10 October 2021", "30 August – 10 October 2021", "August – September 2021", … */
function rangeWords(start: DatePoint, end: DatePoint): string {
  const a = start.first;
  const b = end.first;
  const sameYear = start.year === end.year;
  if (start.precision === 'day' && end.precision === 'day') {
    if (start.first === end.first) return formatDayLong(start.first);
    if (sameYear && start.month === end.month) return `${dayOfMonth(a)}–${dayMonthYear(b)}`;
    if (sameYear) return `${dayMonth(a)} – ${dayMonthYear(b)}`;
    return `${dayMonthYear(a)} – ${dayMonthYear(b)}`;
  }
  if (start.precision === 'month' && end.precision === 'month' && sameYear) {
    return `${monthName(a)} – ${monthYear(b)}`;
  }
  return `${pointWords(start)} – ${pointWords(end)}`;
}

function openEndWords(start: DatePoint, end: IntervalEnd): string {
  return 'open' in end ? `${pointWords(start)} onwards` : `from ${pointWords(start)} (end unknown)`;
}

function openStartWords(start: IntervalEnd, end: DatePoint): string {
  return 'open' in start ? `until ${pointWords(end)}` : `until ${pointWords(end)} (start unknown)`;
}

function qualifierWords(date: EventDateValue): string {
  const words = [isApproximate(date) && 'approximate', isUncertain(date) && 'uncertain'].filter(
    Boolean,
  );
  return words.length > 0 ? ` (${words.join(', ')})` : '';
}

/** The whole date in words, with its precision and qualifiers: what the detail panel shows. */
export function formatEventDate(date: EventDateValue): string {
  let words: string;
  if (date.kind === 'point') {
    words = pointWords(date.point);
  } else if (isPoint(date.start) && isPoint(date.end)) {
    words = rangeWords(date.start, date.end);
  } else if (isPoint(date.start)) {
    words = openEndWords(date.start, date.end);
  } else if (isPoint(date.end)) {
    words = openStartWords(date.start, date.end);
  } else {
    words = 'undated';
  }
  return words + qualifierWords(date);
}

/** A compact form for lists and tooltips: "8 Oct 2021", "9–10 Oct 2021", "Aug 2021 ~". */
export function formatEventDateShort(date: EventDateValue): string {
  const mark = `${isApproximate(date) ? ' ~' : ''}${isUncertain(date) ? ' ?' : ''}`;
  const short = (point: DatePoint) => {
    if (point.precision === 'day') return formatDayShort(point.first);
    if (point.precision === 'month') return `${monthShort(point.first)} ${year(point.first)}`;
    return year(point.first);
  };
  if (date.kind === 'point') return short(date.point) + mark;
  const { start, end } = date;
  if (isPoint(start) && isPoint(end)) {
    if (start.precision === 'day' && end.precision === 'day' && start.first === end.first) {
      return formatDayShort(start.first) + mark;
    }
    if (
      start.precision === 'day' &&
      end.precision === 'day' &&
      start.year === end.year &&
      start.month === end.month
    ) {
      return `${dayOfMonth(start.first)}–${formatDayShort(end.first)}${mark}`;
    }
    return `${short(start)} – ${short(end)}${mark}`;
  }
  if (isPoint(start)) return `${short(start)} – ${'open' in end ? 'ongoing' : '?'}${mark}`;
  if (isPoint(end)) return `${'open' in start ? '…' : '?'} – ${short(end)}${mark}`;
  return 'undated';
}
