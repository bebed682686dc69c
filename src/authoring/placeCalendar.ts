// Placing calendar words: dates with or without a year, months, years and decades.

import type { Weekday } from '../dataset/calendar';
import {
  calendarDate,
  dayNumber,
  daysInMonth,
  MONTH_NAMES,
  weekdayOfDay,
} from '../dataset/calendar';
import {
  type Context,
  checkYear,
  daySpan,
  decadeSpan,
  edtfOf,
  monthPart,
  monthSpan,
  type Placed,
  part,
  publicationWords,
  quote,
  type Span,
  tenseWords,
  WEEKDAY_NAMES,
  yearPart,
  yearSpan,
} from './datePlacing';
import { holiday } from './holidays';
import type { Reading } from './mentions';
import { AHEAD_WEIGHT } from './yearChoice';

/** A month, or a part of it when qualified, with its approximate reading first. */
export function monthReading(
  year: number,
  month: number,
  q: 'early' | 'mid' | 'late' | null,
): { value: Span; alternatives: Span[]; extent: Span } {
  if (q === null) {
    const span = monthSpan(year, month);
    return { value: span, alternatives: [], extent: span };
  }
  const sub = monthPart(year, month, q);
  return { value: monthSpan(year, month, true), alternatives: [sub], extent: sub };
}

export function partNote(
  q: 'early' | 'mid' | 'late' | null,
  value: Span,
  alternatives: Span[],
): string {
  if (q === null || alternatives[0] === undefined) return '';
  return ` EDTF cannot say ${quote(q)} within a ${value.start.length > 5 ? 'month' : 'year'}, so ${edtfOf(value)} is given, approximate; the sub-range ${edtfOf(alternatives[0])} is the alternative.`;
}

export function placeDate(reading: Extract<Reading, { kind: 'date' }>, ctx: Context): Placed {
  const { published } = ctx;
  const _pub = publicationWords(published);
  const q = part(ctx.mention);
  const monthName = MONTH_NAMES[reading.month - 1] ?? '';
  const qualified = q === null ? '' : q === 'mid' ? 'mid-' : `${q} `;
  const words = reading.day === null ? `${qualified}${monthName}` : `${monthName} ${reading.day}`;

  const candidate = (year: number) => {
    if (reading.day === null) return { year, ...monthReading(year, reading.month, q) };
    if (reading.day > daysInMonth(year, reading.month)) return null;
    const day = dayNumber({ year, month: reading.month, day: reading.day });
    const span = daySpan(day);
    return { year, value: span, alternatives: [] as Span[], extent: span };
  };

  if (reading.year !== null) {
    const c = candidate(checkYear(reading.year));
    if (c === null) throw new RangeError('no such day');
    let note =
      reading.day === null
        ? `The words give the month and year: ${edtfOf(c.value)}.`
        : `The words give the full date: ${edtfOf(c.value)}.`;
    if (reading.weekday !== null && reading.day !== null) {
      const actual = weekdayOfDay(c.value.first);
      if (actual !== reading.weekday)
        note += ` It was a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[reading.weekday]}: check the text.`;
    }
    const sub = c.alternatives[0];
    if (sub && /\b(?:end|beginning|start|middle)\s+of\s+the\s+month\b/i.test(ctx.expression))
      // "the end of the month": its last days, as for "the end of the year" (placePeriod.ts).
      return {
        value: sub,
        alternatives: [c.value],
        note: `${quote(ctx.expression)}: that part of the month of ${publicationWords(ctx.published)}, ${edtfOf(sub)}; ${edtfOf(c.value)} is the alternative.`,
      };
    return {
      value: c.value,
      alternatives: c.alternatives,
      note: note + partNote(q, c.value, c.alternatives),
    };
  }

  const publishedYear = calendarDate(published).year;
  const candidates = [
    publishedYear - 2,
    publishedYear - 1,
    publishedYear,
    publishedYear + 1,
    publishedYear + 2,
  ]
    .filter((year) => year >= 0 && year <= 9999)
    .map(candidate)
    .filter((c) => c !== null);
  const placed = placeYearless(candidates, words, reading.weekday, ctx);
  return { ...placed, note: placed.note + partNote(q, placed.value, placed.alternatives) };
}

/** A named day (holidays.ts): its days in each year around publication, placed as a date. */
export function placeHoliday(reading: Extract<Reading, { kind: 'holiday' }>, ctx: Context): Placed {
  const found = holiday(reading.key);
  if (!found) throw new RangeError(`no holiday ${reading.key}`);
  const publishedYear = calendarDate(ctx.published).year;
  const candidates: YearCandidate[] = [];
  const years =
    reading.year !== null ? [reading.year] : [0, 1, 2, 3, 4].map((i) => publishedYear - 2 + i);
  for (const year of years) {
    if (year < 1 || year > 9999) continue;
    const days = found.days(year);
    if (!days) continue;
    const span = daySpan(days.first, days.last);
    candidates.push({ year, value: span, alternatives: [], extent: span });
  }
  return placeYearless(candidates, found.name, null, ctx);
}

export interface YearCandidate {
  year: number;
  value: Span;
  alternatives: Span[];
  /** The days the words name (a month's part for "late August"), for the side of publication. */
  extent: Span;
}

/** Days between a candidate and publication (0 when it covers publication). */
function distance(c: YearCandidate, published: number): number {
  if (c.extent.first > published) return c.extent.first - published;
  if (c.extent.last < published) return published - c.extent.last;
  return 0;
}

/** The distance that decides "nearest": a day ahead counts AHEAD_WEIGHT. */
function weighted(c: YearCandidate, published: number): number {
  if (c.extent.first > published) return AHEAD_WEIGHT * (c.extent.first - published);
  if (c.extent.last < published) return published - c.extent.last;
  return 0;
}

/**
 * A date without a year, one candidate per year around publication: "last"/"next"/"this" decide,
 * then the lean of the sentence (yearChoice.ts). `words` name the date for the note.
 */
export function placeYearless(
  candidates: YearCandidate[],
  words: string,
  weekday: Weekday | null,
  ctx: Context,
): Placed {
  const { published } = ctx;
  const pub = publicationWords(published);
  const publishedYear = calendarDate(published).year;
  const back = candidates.filter((c) => c.extent.first <= published).reverse();
  const forward = candidates.filter((c) => c.extent.last >= published);
  const nearest = [...candidates].sort(
    (a, b) => weighted(a, published) - weighted(b, published) || a.year - b.year,
  );
  const modifier = ctx.mention.modifier;
  let chosen: YearCandidate | undefined;
  let how: string;
  const alternatives: Span[] = [];
  // A weekday given with the date ("Monday, Oct. 26") within a week of publication settles it.
  const agreeing =
    weekday === null
      ? undefined
      : nearest.find(
          (c) => distance(c, published) <= 7 && weekdayOfDay(c.extent.first) === weekday,
        );
  if (modifier === 'last' || modifier === 'past') {
    const before = candidates.filter((c) => c.extent.last < published);
    chosen = before[before.length - 1];
    how = `${quote(ctx.expression)}: the latest ${words} before ${pub}`;
    // "last August" in October: this year's, or last year's ("August of last year").
    const earlier = before[before.length - 2];
    if (chosen?.year === publishedYear && earlier) alternatives.push(earlier.value);
  } else if (modifier === 'next') {
    chosen = candidates.find((c) => c.extent.first > published);
    how = `${quote(ctx.expression)}: the first ${words} after ${pub}`;
  } else if (modifier === 'this') {
    chosen = candidates.find((c) => c.year === publishedYear);
    how = `${quote(ctx.expression)}: the ${words} of the year of ${pub}`;
  } else if (agreeing) {
    chosen = agreeing;
    how = `No year given: the ${words} within a week of ${pub} that falls on a ${WEEKDAY_NAMES[weekday ?? 0]}`;
  } else {
    const { lean, why } = ctx.lean;
    // With a weekday given ("Friday, Oct. 8"), the nearer of the first two on which it falls.
    const ordered = (list: YearCandidate[]) => {
      if (weekday === null) return list;
      const agrees = list.slice(0, 2).find((c) => weekdayOfDay(c.extent.first) === weekday);
      return agrees ? [agrees, ...list.filter((c) => c !== agrees)] : list;
    };
    if (lean === 'back') {
      chosen = ordered(back)[0];
      how = `No year given. ${why}: the ${words} on or before ${pub}`;
    } else if (lean === 'forward') {
      chosen = ordered(forward)[0];
      how = `No year given. ${why}: the ${words} on or after ${pub}`;
    } else {
      chosen = nearest[0];
      how = `No year given. ${why}, so the ${words} nearest to ${pub}`;
    }
    // The reading on the other side of publication.
    const other =
      chosen && chosen.extent.first > published ? ordered(back)[0] : ordered(forward)[0];
    if (other && other !== chosen) alternatives.push(other.value);
  }
  if (!chosen) throw new RangeError('no candidate year');
  let note = `${how} is ${edtfOf(chosen.value)}.`;
  if (weekday !== null) {
    const actual = weekdayOfDay(chosen.extent.first);
    note +=
      actual === weekday
        ? ` It is a ${WEEKDAY_NAMES[actual]}, as the text says.`
        : ` It was a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[weekday]}: check the text.`;
  }
  return { value: chosen.value, alternatives: [...chosen.alternatives, ...alternatives], note };
}

export function placeYear(year: number, ctx: Context): Placed {
  const q = part(ctx.mention);
  if (q === null)
    return { value: yearSpan(year), alternatives: [], note: `The words give the year: ${year}.` };
  const value = yearSpan(year, true);
  const alternatives = [yearPart(year, q)];
  return {
    value,
    alternatives,
    note: `The words give the year, ${year}.${partNote(q, value, alternatives)}`,
  };
}

export function placeDecade(reading: Extract<Reading, { kind: 'decade' }>, ctx: Context): Placed {
  const q = part(ctx.mention);
  const publishedYear = calendarDate(ctx.published).year;
  let first = reading.year;
  let how = `The words give the decade, the ${first}s`;
  if (!reading.century) {
    const century = Math.floor(publishedYear / 100) * 100;
    const candidates = [century - 100, century, century + 100].map((c) => c + reading.year);
    first =
      ctx.direction === 'back'
        ? (candidates.filter((c) => c <= publishedYear).pop() ?? century + reading.year)
        : (candidates.find((c) => c + 9 >= publishedYear) ?? century + reading.year);
    how = `${tenseWords(ctx.tense)}: ${quote(ctx.expression)} is the ${first}s, the ${ctx.direction === 'back' ? 'latest such decade begun by' : 'first such decade not over by'} ${publicationWords(ctx.published)}`;
  }
  const whole = decadeSpan(first, null);
  if (q === null)
    return {
      value: whole,
      alternatives: [],
      note: `${how}: ${edtfOf(whole)}, an interval of years.`,
    };
  const sub = decadeSpan(first, q);
  return {
    value: sub,
    alternatives: [whole],
    note: `${how}; ${quote(q)}, taken as years ${q === 'early' ? '0–3' : q === 'mid' ? '4–6' : '7–9'} of it: ${edtfOf(sub)}; the whole decade ${edtfOf(whole)} is the alternative.`,
  };
}
