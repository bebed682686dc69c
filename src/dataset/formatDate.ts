// Dates written for people. date-fns formats a UTCDate built from the calendar day, so the words
// never depend on the viewer's time zone.
import { UTCDate } from '@date-fns/utc';
import { format as formatDateFns } from 'date-fns';
import {
  type DatePoint,
  type DayNumber,
  dayStartUtcMs,
  type EventDateValue,
  type IntervalEnd,
  isApproximate,
  isPoint,
  isUncertain,
} from './calendar';

const utc = (day: DayNumber) => new UTCDate(dayStartUtcMs(day));

/**
 * date-fns' `format`, with years as people write them: unpadded ("33", not "0033"), and before
 * year 1 with the era, "44 BCE" (EDTF counts astronomically: year 0 is 1 BCE, -0043 is 44 BCE;
 * date-fns' `y` is the year of the era).
 */
function format(date: UTCDate, pattern: string): string {
  const bce = date.getUTCFullYear() <= 0;
  return formatDateFns(date, pattern.replace(/yyyy/g, bce ? "y 'BCE'" : 'y'));
}

/**
 * An astronomical year (EDTF's: 0 is 1 BCE) as people write it: "2021", "33", "44 BCE", and deep
 * time grouped by thousands, "12,001 BCE".
 */
export function yearWords(year: number): string {
  const ofEra = year <= 0 ? 1 - year : year;
  const digits = ofEra >= 10_000 ? ofEra.toLocaleString('en-GB') : String(ofEra);
  return year <= 0 ? `${digits} BCE` : digits;
}

/** "Friday 8 October 2021" */
export function formatDayLong(day: DayNumber): string {
  return format(utc(day), 'EEEE d MMMM yyyy');
}

/** "8 Oct 2021" */
export function formatDayShort(day: DayNumber): string {
  return format(utc(day), 'd MMM yyyy');
}

function pointWords(point: DatePoint): string {
  switch (point.precision) {
    case 'day':
      return formatDayLong(point.first);
    case 'month':
      return format(utc(point.first), 'MMMM yyyy');
    case 'year':
      return yearWords(point.year);
  }
}

/** "9–10 October 2021", "30 August – 10 October 2021", "August – September 2021", … */
function rangeWords(start: DatePoint, end: DatePoint): string {
  const a = utc(start.first);
  const b = utc(end.first);
  const sameYear = start.year === end.year;
  if (start.precision === 'day' && end.precision === 'day') {
    if (start.first === end.first) return formatDayLong(start.first);
    if (sameYear && start.month === end.month)
      return `${format(a, 'd')}–${format(b, 'd MMMM yyyy')}`;
    if (sameYear) return `${format(a, 'd MMMM')} – ${format(b, 'd MMMM yyyy')}`;
    return `${format(a, 'd MMMM yyyy')} – ${format(b, 'd MMMM yyyy')}`;
  }
  if (start.precision === 'month' && end.precision === 'month' && sameYear) {
    return `${format(a, 'MMMM')} – ${format(b, 'MMMM yyyy')}`;
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

/**
 * Short date words kept by EDTF value. The words depend on the value alone, and a list draws the
 * same dates again and again (200 rows at each page or selection; date-fns costs tens of µs a
 * date): a bounded store that forgets everything when full. Not a cache of any dataset: a value's
 * words never change. The page's one belongs to the state layer (src/state/caches.ts).
 */
export class DateWordsCache {
  private readonly words = new Map<string, string>();
  constructor(private readonly max = 20_000) {}

  short(date: EventDateValue): string {
    let words = this.words.get(date.value);
    if (words === undefined) {
      words = shortWordsOf(date);
      if (this.words.size >= this.max) this.words.clear();
      this.words.set(date.value, words);
    }
    return words;
  }
}

/**
 * A compact form for lists and tooltips: "8 Oct 2021", "9–10 Oct 2021", "Aug 2021 ~"; kept in
 * `cache` when one is given.
 */
export function formatEventDateShort(date: EventDateValue, cache?: DateWordsCache): string {
  return cache ? cache.short(date) : shortWordsOf(date);
}

function shortWordsOf(date: EventDateValue): string {
  const mark = `${isApproximate(date) ? ' ~' : ''}${isUncertain(date) ? ' ?' : ''}`;
  const short = (point: DatePoint) => {
    if (point.precision === 'day') return formatDayShort(point.first);
    if (point.precision === 'month') return format(utc(point.first), 'MMM yyyy');
    return yearWords(point.year);
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
      return `${format(utc(start.first), 'd')}–${formatDayShort(end.first)}${mark}`;
    }
    return `${short(start)} – ${short(end)}${mark}`;
  }
  if (isPoint(start)) return `${short(start)} – ${'open' in end ? 'ongoing' : '?'}${mark}`;
  if (isPoint(end)) return `${'open' in start ? '…' : '?'} – ${short(end)}${mark}`;
  return 'undated';
}
