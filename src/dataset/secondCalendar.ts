// A date in another calendar than the Gregorian one (the Solar Hijri, the Hijri), through Intl's
// calendars, keeping the date's precision: a Gregorian year spans parts of two Solar Hijri years
// and is shown as that range ("1399–1400 AP"), a month as the months it touches ("Mordad –
// Shahrivar 1400 AP"); only a day is shown as a day. Nothing finer than the date is ever invented.
// Pure: the display locale is a parameter, days are UTC (calendar.ts), so no time zone moves them.
import {
  type DatePoint,
  type DayNumber,
  dayStartUtcMs,
  type EventDateValue,
  isApproximate,
  isPoint,
  isUncertain,
  type Precision,
} from './calendar';

/** The calendars a second date can be shown in (Intl's names for them). */
export const SECOND_CALENDARS = ['persian', 'islamic-umalqura'] as const;
export type SecondCalendar = (typeof SECOND_CALENDARS)[number];

const FIELDS: Readonly<Record<Precision, Intl.DateTimeFormatOptions>> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

const COARSENESS: Readonly<Record<Precision, number>> = { day: 0, month: 1, year: 2 };

const dateOf = (day: DayNumber) => new Date(dayStartUtcMs(day));

/** The year of `day` in `calendar`, as a number (Intl writes years before year 1 as 0, -1…). */
function yearIn(calendar: SecondCalendar, day: DayNumber): number {
  const parts = new Intl.DateTimeFormat('en-u-nu-latn', {
    calendar,
    timeZone: 'UTC',
    year: 'numeric',
  }).formatToParts(dateOf(day));
  const year = parts.find((part) => part.type === 'year')?.value ?? '';
  return Number.parseInt(year.replace(/[^\d-]/g, ''), 10);
}

/**
 * The locale's own words between the two ends of a range (" – " in English, " تا " in Persian),
 * as Intl writes a range whose ends differ in every field.
 */
function rangeSeparator(format: Intl.DateTimeFormat): string {
  const parts = format.formatRangeToParts(dateOf(0), dateOf(800));
  const lastOfStart = parts.findLastIndex((part) => part.source === 'startRange');
  const firstOfEnd = parts.findIndex((part) => part.source === 'endRange');
  if (lastOfStart === -1 || firstOfEnd <= lastOfStart) return ' – ';
  return parts
    .slice(lastOfStart + 1, firstOfEnd)
    .map((part) => part.value)
    .join('');
}

/**
 * The days `from`–`to` at one precision: one date when both fall in the same day (month, year) of
 * the calendar, else the range as the locale writes it. Intl's own range is used only when it
 * names both ends (ICU's Persian range of two months of one year names only the first).
 */
function rangeText(format: Intl.DateTimeFormat, from: DayNumber, to: DayNumber): string {
  const first = format.format(dateOf(from));
  const last = format.format(dateOf(to));
  if (first === last) return first;
  const parts = format.formatRangeToParts(dateOf(from), dateOf(to));
  const namesBoth =
    parts.some((part) => part.source === 'startRange') &&
    parts.some((part) => part.source === 'endRange');
  return namesBoth
    ? parts.map((part) => part.value).join('')
    : `${first}${rangeSeparator(format)}${last}`;
}

const OPEN = '…';

/**
 * `date` in `calendar`, written for `locale` (its digits and month names: "۱۶ مهر ۱۴۰۰" in fa,
 * "16 Mehr 1400 AP" in en-GB), at the date's own precision. Approximate and uncertain dates keep
 * EDTF's marks, "~" and "?", after the date; an open or unknown end is "…". Null when there is
 * nothing to show: an undated interval, a calendar this browser's Intl lacks, or a date reaching
 * before the calendar's first year (its epoch, 622 CE: Intl would count back in negative years).
 */
export function formatInCalendar(
  date: EventDateValue,
  calendar: SecondCalendar,
  locale: string,
): string | null {
  const start = date.kind === 'point' ? date.point : date.start;
  const end = date.kind === 'point' ? date.point : date.end;
  const startPoint = isPoint(start) ? start : null;
  const endPoint = isPoint(end) ? end : null;
  if (!startPoint && !endPoint) return null;
  const earliest = (startPoint ?? (endPoint as DatePoint)).first;
  if (!(yearIn(calendar, earliest) >= 1)) return null;
  const formatOf = (precision: Precision) => {
    const format = new Intl.DateTimeFormat(locale, {
      calendar,
      timeZone: 'UTC',
      ...FIELDS[precision],
    });
    return format.resolvedOptions().calendar === calendar ? format : null;
  };
  let words: string;
  if (startPoint && endPoint) {
    // Both ends at the coarser of their precisions: a range is never finer than its vaguer end.
    const precision =
      COARSENESS[startPoint.precision] >= COARSENESS[endPoint.precision]
        ? startPoint.precision
        : endPoint.precision;
    const format = formatOf(precision);
    if (!format) return null;
    words = rangeText(format, startPoint.first, endPoint.last);
  } else if (startPoint) {
    const format = formatOf(startPoint.precision);
    if (!format) return null;
    words = `${rangeText(format, startPoint.first, startPoint.last)}${rangeSeparator(format)}${OPEN}`;
  } else {
    const point = endPoint as DatePoint;
    const format = formatOf(point.precision);
    if (!format) return null;
    words = `${OPEN}${rangeSeparator(format)}${rangeText(format, point.first, point.last)}`;
  }
  const marks = `${isApproximate(date) ? ' ~' : ''}${isUncertain(date) ? ' ?' : ''}`;
  return words + marks;
}
