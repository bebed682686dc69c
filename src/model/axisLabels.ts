// The timeline axis in words, as the rest of the app writes dates: the year of the era with
// "BCE" before year 1 (EDTF counts astronomically: year 0 is 1 BCE), never moment's "-0043".
// Pure: vis-timeline asks for a label by time and scale; the timeline engine hands it this function.
import { type DateFormatter, ENGLISH_DATES, yearWords } from '../dataset/formatDate';

/** vis-timeline's time scales. */
export type AxisScale =
  | 'millisecond'
  | 'second'
  | 'minute'
  | 'hour'
  | 'weekday'
  | 'day'
  | 'week'
  | 'month'
  | 'year';

type Label = Intl.DateTimeFormatOptions | 'year' | '';

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

// Intl options, in the interface's language; 'year' is the year with its era ("44 BCE").
const MINOR: Record<AxisScale, Label> = {
  millisecond: { fractionalSecondDigits: 3 },
  second: { second: 'numeric' },
  minute: TIME,
  hour: TIME,
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  week: { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  year: 'year',
};
const MAJOR: Record<AxisScale, Label> = {
  millisecond: { ...TIME, second: '2-digit' },
  second: { ...TIME, day: 'numeric', month: 'long' },
  minute: { weekday: 'short', day: 'numeric', month: 'long' },
  hour: { weekday: 'short', day: 'numeric', month: 'long' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: 'year',
  year: '',
};

function isScale(scale: string): scale is AxisScale {
  return Object.hasOwn(MINOR, scale);
}

/** The year as written: "2021", "33", "44 BCE", "12,001 BCE". */
export const eraYear = (year: number) => yearWords(year);

/** Room a year label needs ("270,001 BCE" and a gap), in pixels. */
export const YEAR_LABEL_PX = 96;

/** vis-timeline steps years by 1, 5, 10, 50, 100, 500 or 1,000, and no further. */
const WIDEST_STEP_YEARS = 1_000;

/**
 * The years between axis ticks when vis-timeline's widest step is too narrow for a label: 2,000,
 * 5,000, 10,000, 20,000… so that labels are `minPx` apart; null when vis-timeline's own steps
 * serve. (Past its widest step vis-timeline falls back to days and draws 1,000 unreadable ticks.)
 */
export function deepTimeStep(pxPerYear: number, minPx = YEAR_LABEL_PX): number | null {
  if (!(pxPerYear > 0) || WIDEST_STEP_YEARS * pxPerYear >= minPx) return null;
  for (let magnitude = WIDEST_STEP_YEARS; ; magnitude *= 10) {
    for (const n of [1, 2, 5]) {
      if (n * magnitude * pxPerYear >= minPx) return n * magnitude;
    }
  }
}

/** The label of an axis tick at `ms` (UTC) for vis-timeline's `scale`, in `dates`' language. */
export function axisLabel(
  ms: number,
  scale: string,
  which: 'minor' | 'major',
  dates: DateFormatter = ENGLISH_DATES,
): string {
  if (!isScale(scale)) return '';
  const label = (which === 'minor' ? MINOR : MAJOR)[scale];
  if (label === '') return '';
  if (label === 'year') return dates.year(new Date(ms).getUTCFullYear());
  return dates.moment(`axis-${which}-${scale}`, label, ms);
}
