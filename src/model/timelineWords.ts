// The timeline's words in the interface's language: how an item's date is drawn (its tooltip's
// notes), the counts drawn where events are dense, and the lanes' fixed names. Pure: the views
// make one from their catalogue and hand it to the item model, the level of detail and the
// engine; what is kept between builds (items, shapes) is kept per `TimelineWords`.
import { type DateFormatter, ENGLISH_DATES } from '../dataset/formatDate';
import { kindLabel } from './kinds';

/** What a tooltip says about how an item's date is drawn. */
export type ItemNote =
  | 'day'
  | 'month'
  | 'year'
  | 'openStart'
  | 'ongoing'
  | 'endUnknown'
  | 'approximate'
  | 'uncertain';

export interface TimelineWords {
  readonly dates: DateFormatter;
  note(note: ItemNote): string;
  /** "47 events", "1.9K events": short enough for the narrowest bucket. */
  count(count: number): string;
  /** "+7 more" (beside a lane's items). */
  more(count: number): string;
  /** "47 events, 8–14 Oct 2021: zoom in to see them" (the count's accessible name). */
  aggregateLabel(count: number, more: boolean, days: string, action: 'zoom' | 'list'): string;
  /** The lane of events without an actor. */
  readonly noActor: string;
  /** "Other actors (12)": the lane the lanes beyond the busiest share. */
  otherLane(grouping: 'actor' | 'kind', lanes: number): string;
  /** A period's tooltip line: "a period (drawn behind the events)". */
  readonly period: string;
  /** A kind's name: the suggested ones in the interface's language, others as written. */
  kind(kind: string): string;
  /** An item's accessible name: "US and Taliban hold talks, 9–10 Oct 2021". */
  itemLabel(title: string, date: string): string;
  /** An item's name with its sources' mark: "…, 9–10 Oct 2021, disputed". */
  supportLabel(label: string, mark: 'disputed' | 'single-source'): string;
  /** What a mark means, in the tooltip and the legend: "disputed: its sources disagree". */
  supportLegend(mark: 'disputed' | 'single-source'): string;
}

const NOTES: Record<ItemNote, string> = {
  day: 'a single day',
  month: 'known to the month',
  year: 'known to the year',
  openStart: 'start open or unknown: drawn from the start of the data',
  ongoing: 'ongoing: drawn to the end of the data',
  endUnknown: 'end unknown: drawn to the end of the data',
  approximate: 'approximate date (dashed edge)',
  uncertain: 'uncertain date (dotted edge)',
};

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** English, for the unit tests of the model (the interface makes its own from its catalogue). */
export const ENGLISH_TIMELINE_WORDS: TimelineWords = {
  dates: ENGLISH_DATES,
  note: (note) => NOTES[note],
  count: (count) => `${compact.format(count)} event${count === 1 ? '' : 's'}`,
  more: (count) => `+${compact.format(count)} more`,
  aggregateLabel: (count, more, days, action) =>
    `${count.toLocaleString('en')} ${more ? 'more ' : ''}events, ${days}: ${action === 'zoom' ? 'zoom in to see them' : 'show them in the list'}`,
  noActor: 'No actor',
  otherLane: (grouping, lanes) =>
    `Other ${grouping === 'actor' ? 'actors' : 'kinds'} (${lanes.toLocaleString('en')})`,
  period: 'a period (drawn behind the events)',
  kind: kindLabel,
  itemLabel: (title, date) => `${title}, ${date}`,
  supportLabel: (label, mark) => `${label}, ${mark === 'disputed' ? 'disputed' : 'single source'}`,
  supportLegend: (mark) =>
    mark === 'disputed' ? 'disputed: its sources disagree' : 'from a single source',
};
