// The timeline axis in words, as the rest of the app writes dates: the year of the era with
// "BCE" before year 1 (EDTF counts astronomically: year 0 is 1 BCE), never moment's "-0043".
// Pure: vis-timeline asks for a label by time and scale; the timeline engine hands it this function.
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { yearWords } from '../dataset/formatDate';

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

// date-fns patterns; `Y` stands for the year and is filled in with its era.
const MINOR: Record<AxisScale, string> = {
  millisecond: 'SSS',
  second: 's',
  minute: 'HH:mm',
  hour: 'HH:mm',
  weekday: 'EEE d',
  day: 'd',
  week: 'd MMM',
  month: 'MMM',
  year: 'Y',
};
const MAJOR: Record<AxisScale, string> = {
  millisecond: 'HH:mm:ss',
  second: 'd MMMM HH:mm',
  minute: 'EEE d MMMM',
  hour: 'EEE d MMMM',
  weekday: 'MMMM Y',
  day: 'MMMM Y',
  week: 'MMMM Y',
  month: 'Y',
  year: '',
};

function isScale(scale: string): scale is AxisScale {
  return Object.hasOwn(MINOR, scale);
}

/** The year as written: "2021", "33", "44 BCE", "12,001 BCE". */
export const eraYear = yearWords;

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

/** The label of an axis tick at `ms` (UTC) for vis-timeline's `scale`. */
export function axisLabel(ms: number, scale: string, which: 'minor' | 'major'): string {
  if (!isScale(scale)) return '';
  const pattern = (which === 'minor' ? MINOR : MAJOR)[scale];
  if (pattern === '') return '';
  const date = new UTCDate(ms);
  const [before = '', after = ''] = pattern.split('Y');
  const parts: string[] = [];
  if (before.trim()) parts.push(format(date, before.trim()));
  if (pattern.includes('Y')) parts.push(eraYear(date.getUTCFullYear()));
  if (after.trim()) parts.push(format(date, after.trim()));
  return parts.join(' ');
}
