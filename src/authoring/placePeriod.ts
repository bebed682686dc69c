// Placing periods counted from publication: this / last / next week, month or year, and
// chrono-node's relative days ("yesterday", "three days ago", "the past week").
import { calendarDate, isoDay, weekdayOfDay, weekStart } from '../dataset/calendar';
import {
  approximateDay,
  type Context,
  daySpan,
  edtfOf,
  monthSpan,
  type Placed,
  publicationWords,
  quote,
  type Span,
  WEEKDAY_NAMES,
  yearPart,
  yearSpan,
} from './datePlacing';
import type { Reading } from './mentions';
import { monthReading, partNote } from './placeCalendar';

export function placePeriod(reading: Extract<Reading, { kind: 'period' }>, ctx: Context): Placed {
  const { published } = ctx;
  const pub = publicationWords(published);
  const { year, month } = calendarDate(published);
  const q = ctx.mention.qualifier;
  const unit = reading.unit;
  const which =
    reading.offset === -1
      ? `the ${unit} before that of ${pub}`
      : reading.offset === 1
        ? `the ${unit} after that of ${pub}`
        : `the ${unit} of ${pub}`;
  const said = quote(ctx.expression);
  let whole: Span;
  const alternatives: Span[] = [];
  let weeks = '';
  if (unit === 'week') {
    const start = weekStart(published) + 7 * reading.offset;
    whole = daySpan(start, start + 6);
    const sunday = published - weekdayOfDay(published) + 7 * reading.offset;
    alternatives.push(daySpan(sunday, sunday + 6));
    weeks = ' (weeks running Monday to Sunday)';
  } else {
    const partOf = q === 'early' || q === 'mid' || q === 'late' ? q : null;
    let r: { value: Span; alternatives: Span[] };
    if (unit === 'month') {
      const index = year * 12 + (month - 1) + reading.offset;
      r = monthReading(Math.floor(index / 12), (index % 12) + 1, partOf);
    } else {
      const y = year + reading.offset;
      r = partOf
        ? { value: yearSpan(y, true), alternatives: [yearPart(y, partOf)] }
        : { value: yearSpan(y), alternatives: [] };
    }
    if (partOf && /\b(?:end|beginning|start|middle)\s+of\b/i.test(ctx.expression)) {
      // "the end of the month": its last days, not the whole month (the approximate month is
      // the alternative); "late this month" keeps the approximate month first, as "late August".
      let sub = r.alternatives[0] ?? r.value;
      let whole = r.value;
      // "Toward the end of the year, rates rose", in January: "the year" is the one just ended
      // when a past verb puts that part of it behind publication.
      if (
        reading.offset === 0 &&
        /\bthe\s+(?:year|month)\b/i.test(ctx.expression) &&
        ctx.lean.lean === 'back' &&
        sub.first > published
      ) {
        const back =
          unit === 'month'
            ? monthReading(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1, partOf)
            : { value: yearSpan(year - 1, true), alternatives: [yearPart(year - 1, partOf)] };
        sub = back.alternatives[0] ?? back.value;
        whole = back.value;
      }
      return {
        value: sub,
        alternatives: [whole],
        note: `${said}: that part of ${sub.first > published || sub.last >= published ? which : `the ${unit} before, as the past tense says`}, ${edtfOf(sub)} (${partOf === 'late' ? 'days 21 to the end of a month, September to December of a year' : partOf === 'early' ? 'days 1–10 of a month, January to April of a year' : 'days 11–20 of a month, May to August of a year'}); ${edtfOf(whole)} is the alternative.`,
      };
    }
    if (partOf)
      return { ...r, note: `${said}: ${which}.${partNote(partOf, r.value, r.alternatives)}` };
    whole = r.value;
  }
  if (reading.offset === 0 && (q === 'earlier' || q === 'later')) {
    const [from, to] = q === 'earlier' ? [whole.first, published - 1] : [published + 1, whole.last];
    if (from <= to) {
      const clipped = daySpan(from, to);
      const stretch =
        q === 'earlier'
          ? `from the start of that ${unit}${weeks} to the day before ${pub}`
          : `from the day after ${pub} to the end of that ${unit}${weeks}`;
      return {
        value: clipped,
        alternatives: [whole, ...alternatives],
        note: `${said}: ${stretch}: ${edtfOf(clipped)}; the whole ${unit}, ${edtfOf(whole)}, is the alternative.`,
      };
    }
    return {
      value: whole,
      alternatives,
      note: `${said}: ${which}${weeks}, ${edtfOf(whole)}, as no day of it is left ${q === 'earlier' ? 'before' : 'after'} publication.`,
    };
  }
  const sundays = alternatives[0]
    ? ` With weeks running Sunday to Saturday: ${edtfOf(alternatives[0])}.`
    : '';
  return {
    value: whole,
    alternatives,
    note: `${said}: ${which}${weeks}: ${edtfOf(whole)}.${sundays}`,
  };
}

export function placeRelative(
  reading: Extract<Reading, { kind: 'relative' }>,
  ctx: Context,
): Placed {
  const { published } = ctx;
  const pub = publicationWords(published);
  const counted = `${quote(ctx.expression)}, counted from ${pub}`;
  if (reading.span) {
    const [from, to] =
      reading.day <= published
        ? [reading.day, published]
        : [reading.after ? published + 1 : published, reading.day];
    const value = daySpan(from, to);
    return { value, alternatives: [], note: `${counted}: the stretch ${edtfOf(value)}.` };
  }
  const { year, month } = calendarDate(reading.day);
  if (reading.precision === 'year')
    return { value: yearSpan(year), alternatives: [], note: `${counted}: ${year}.` };
  if (reading.precision === 'month') {
    const value = monthSpan(year, month);
    return { value, alternatives: [], note: `${counted}: ${edtfOf(value)}.` };
  }
  if (reading.week) {
    // Counted in weeks, as TimeML reads it: the week (Monday to Sunday) holding that day.
    const first = weekStart(reading.day);
    const value = daySpan(first, first + 6);
    return {
      value,
      alternatives: [approximateDay(reading.day), daySpan(reading.day)],
      note: `${counted}: ${isoDay(reading.day)}, counted in weeks, so its week (Monday to Sunday), ${edtfOf(value)}; about that day is the alternative.`,
    };
  }
  if (reading.approximate) {
    const value = approximateDay(reading.day);
    const wider =
      reading.wider === 'year'
        ? [yearSpan(year)]
        : reading.wider === 'month'
          ? [monthSpan(year, month)]
          : [];
    return {
      value,
      alternatives: [daySpan(reading.day), ...wider],
      note: `${counted}: about ${isoDay(reading.day)}, so approximate; the exact day is the alternative.`,
    };
  }
  const value = daySpan(reading.day);
  if (reading.day === published)
    return {
      value,
      alternatives: [],
      note: `${quote(ctx.expression)}: the day of publication, ${WEEKDAY_NAMES[weekdayOfDay(published)]} ${isoDay(published)}.`,
    };
  return { value, alternatives: [], note: `${counted}: ${isoDay(reading.day)}.` };
}
