// Periods (a dataset's `periods[]`, TimelineJS's eras) as the timeline draws them: labelled bands
// behind the events. They are not events: never counted, never selectable, never in the list or
// the details. Pure, so the timeline engine only copies these descriptors into background
// items.
import {
  type DayNumber,
  dateExtent,
  dayStartUtcMs,
  isApproximate,
  isUncertain,
} from '../dataset/calendar';
import { formatEventDate } from '../dataset/formatDate';
import type { ResolvedPeriod } from '../dataset/types';
import { ENGLISH_TIMELINE_WORDS, type TimelineWords } from './timelineWords';
import type { DayWindow } from './viewState';

/**
 * Most bands handed to the timeline at once, on top of the events' own budget (DETAIL_BUDGET in
 * levelOfDetail.ts): a background band costs vis-timeline no stacking, and more than this many
 * overlapping bands could not be told apart anyway.
 */
export const PERIOD_BUDGET = 24;

/** Shades the bands take in turn, so neighbouring and overlapping periods can be told apart. */
export const PERIOD_SHADES = 4;

export interface TimelinePeriodDescriptor {
  /** `period:${periodId}`: apart from every event item (`event:…`) and count. */
  id: string;
  periodId: string;
  /** UTC ms: from the start of its first day to the end of its last (a band, never a point). */
  start: number;
  end: number;
  /** Plain text. */
  title: string;
  /** The date in words, with its qualifiers: "1848 – 1855", "August 2021 (approximate)". */
  dateWords: string;
  /** What its tooltip says of it: "a period (drawn behind the events)". */
  note: string;
  /** Its shade and qualifiers; only fixed words, no data. */
  className: string;
}

const ITEM_PREFIX = 'period:';

export function timelinePeriodId(periodId: string): string {
  return `${ITEM_PREFIX}${periodId}`;
}

export function isPeriodItemId(itemId: string): boolean {
  return itemId.startsWith(ITEM_PREFIX);
}

/**
 * One band per period, in date order. An open or unknown end runs to the edge of the data (the
 * events' extent), as an event's does; with no data beyond it, the band is the period's known day.
 */
export function buildPeriodModel(
  periods: readonly ResolvedPeriod[],
  extent: DayWindow | null,
  words: TimelineWords = ENGLISH_TIMELINE_WORDS,
): TimelinePeriodDescriptor[] {
  return periods.map(({ period, date }, order) => {
    const known = dateExtent(date);
    let first: DayNumber = known.first ?? extent?.from ?? known.last ?? 0;
    let last: DayNumber = known.last ?? Math.max(extent?.to ?? first, first);
    if (known.first === null) first = Math.min(first, last);
    if (first > last) last = first;
    const classes = ['tl-period', `tl-period-shade-${order % PERIOD_SHADES}`];
    if (known.first === null) classes.push('tl-period-open-start');
    if (known.last === null) classes.push('tl-period-open-end');
    if (isApproximate(date)) classes.push('tl-period-approximate');
    if (isUncertain(date)) classes.push('tl-period-uncertain');
    return {
      id: timelinePeriodId(period.id),
      periodId: period.id,
      start: dayStartUtcMs(first),
      end: dayStartUtcMs(last + 1),
      title: period.title,
      dateWords: formatEventDate(date, words.dates),
      note: words.period,
      className: classes.join(' '),
    };
  });
}

/**
 * The bands to draw for a span (the one the events were chosen for): those that reach into it,
 * in date order. Where more than `budget` do, those covering most of the span are kept.
 */
export function periodsForSpan(
  periods: readonly TimelinePeriodDescriptor[],
  from: number,
  to: number,
  budget = PERIOD_BUDGET,
): TimelinePeriodDescriptor[] {
  const inSpan = periods.filter((period) => period.start < to && period.end > from);
  if (inSpan.length <= budget) return inSpan;
  const covered = (period: TimelinePeriodDescriptor) =>
    Math.min(period.end, to) - Math.max(period.start, from);
  const kept = new Set(
    [...inSpan]
      .sort((a, b) => covered(b) - covered(a) || a.start - b.start)
      .slice(0, Math.max(0, budget)),
  );
  return inSpan.filter((period) => kept.has(period));
}

/** What the legend lists: the first few periods by name and date, and how many more there are. */
export function periodLegend(
  periods: readonly TimelinePeriodDescriptor[],
  shown = 8,
): { listed: TimelinePeriodDescriptor[]; more: number } {
  return { listed: periods.slice(0, shown), more: Math.max(0, periods.length - shown) };
}
