// The time axis of an image of the view (viewImage.ts): ticks at whole calendar days, weeks,
// months or years, as far apart as their labels need, and the larger unit named above them
// ("October 2021" over days, "2021" over months). Labels are the timeline's own
// (axisLabels.ts); every position is UTC milliseconds of a calendar boundary, so no time zone
// moves a date. Pure.

import { DAY_MS, dayOfUtcMs, monthStartUtcMs, monthsOfDay, weekStart } from '../dataset/calendar';
import { type DateFormatter, ENGLISH_DATES } from '../dataset/formatDate';
import { type AxisScale, axisLabel, deepTimeStep } from './axisLabels';
import { type TextStyle, textWidth } from './imageText';

export const AXIS_TEXT: TextStyle = { sizePx: 12 };
export const AXIS_MAJOR_TEXT: TextStyle = { sizePx: 12, bold: true };
/** Room left between two tick labels. */
const LABEL_GAP_PX = 14;

export interface AxisTick {
  /** UTC ms. */
  ms: number;
  label: string;
}

export interface Axis {
  ticks: AxisTick[];
  /** The larger unit's starts in the window (and the unit the window opens in, at its start). */
  majors: AxisTick[];
}

type Unit = 'day' | 'week' | 'month' | 'year';
interface Step {
  unit: Unit;
  count: number;
  /** The axis scale whose labels it uses. */
  scale: AxisScale;
  /** The scale whose major label names the larger unit (none for years). */
  major: Unit | null;
}

const STEPS: readonly Step[] = [
  { unit: 'day', count: 1, scale: 'day', major: 'month' },
  { unit: 'day', count: 2, scale: 'day', major: 'month' },
  { unit: 'week', count: 1, scale: 'week', major: 'month' },
  { unit: 'month', count: 1, scale: 'month', major: 'year' },
  { unit: 'month', count: 3, scale: 'month', major: 'year' },
  { unit: 'month', count: 6, scale: 'month', major: 'year' },
  ...[1, 2, 5, 10, 25, 50, 100, 250, 500, 1000].map(
    (count): Step => ({ unit: 'year', count, scale: 'year', major: null }),
  ),
];

const APPROX_MS: Record<Unit, number> = {
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30.44 * DAY_MS,
  year: 365.25 * DAY_MS,
};

/** Boundaries of `count` units from `start` to `end` (UTC ms), aligned to the calendar. */
function boundaries(unit: Unit, count: number, start: number, end: number): number[] {
  const out: number[] = [];
  const firstDay = dayOfUtcMs(start);
  if (unit === 'day' || unit === 'week') {
    let day =
      unit === 'week' ? weekStart(firstDay) : firstDay - (((firstDay % count) + count) % count);
    const stride = unit === 'week' ? 7 * count : count;
    for (; day * DAY_MS <= end; day += stride) {
      if (day * DAY_MS >= start) out.push(day * DAY_MS);
    }
    return out;
  }
  const months = monthsOfDay(firstDay);
  const perStep = unit === 'month' ? count : 12 * count;
  const floorTo = (m: number) => Math.floor(m / perStep) * perStep;
  for (let m = floorTo(months); ; m += perStep) {
    const ms = monthStartUtcMs(Math.floor(m / 12), ((m % 12) + 12) % 12);
    if (ms > end) break;
    if (ms >= start) out.push(ms);
  }
  return out;
}

function majorLabel(ms: number, major: Unit, dates: DateFormatter): string {
  // The timeline's major label over days is "October 2021"; over months, "2021".
  return axisLabel(ms, major === 'month' ? 'day' : 'month', 'major', dates);
}

/** The start of the larger unit holding `ms`. */
function majorStart(ms: number, major: Unit): number {
  const months = monthsOfDay(dayOfUtcMs(ms));
  const year = Math.floor(months / 12);
  return major === 'month' ? monthStartUtcMs(year, months - year * 12) : monthStartUtcMs(year, 0);
}

/**
 * The axis for a window `start`–`end` (UTC ms) drawn `widthPx` wide: the finest step whose
 * labels all fit side by side, then, past a thousand years, the deep-time steps the timeline
 * uses. Labels are in `dates`' language.
 */
export function imageAxis(
  start: number,
  end: number,
  widthPx: number,
  dates: DateFormatter = ENGLISH_DATES,
): Axis {
  const pxPerMs = widthPx / Math.max(end - start, 1);
  const widest = (step: Step, sample: number[]) =>
    Math.max(
      0,
      ...sample.map((ms) => textWidth(axisLabel(ms, step.scale, 'minor', dates), AXIS_TEXT)),
    );
  let chosen: Step | null = null;
  for (const step of STEPS) {
    const stepPx = APPROX_MS[step.unit] * step.count * pxPerMs;
    if (stepPx < 24) continue;
    const sample = boundaries(step.unit, step.count, start, end).slice(0, 24);
    if (sample.length > 400) continue;
    if (stepPx * (step.unit === 'month' ? 0.9 : 1) >= widest(step, sample) + LABEL_GAP_PX) {
      chosen = step;
      break;
    }
  }
  if (chosen === null) {
    const years =
      deepTimeStep(APPROX_MS.year * pxPerMs, 96) ?? STEPS[STEPS.length - 1]?.count ?? 1_000;
    chosen = { unit: 'year', count: years, scale: 'year', major: null };
  }
  const step = chosen;
  const ticks = boundaries(step.unit, step.count, start, end).map((ms) => ({
    ms,
    label: axisLabel(ms, step.scale, 'minor', dates),
  }));
  const majors: AxisTick[] = [];
  if (step.major !== null) {
    const major = step.major;
    const starts = boundaries(major, 1, start, end);
    const opening = majorStart(start, major);
    if (opening < start) majors.push({ ms: start, label: majorLabel(opening, major, dates) });
    for (const ms of starts) majors.push({ ms, label: majorLabel(ms, major, dates) });
  }
  return { ticks, majors };
}
