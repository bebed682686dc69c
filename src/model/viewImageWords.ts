// The words drawn inside an image of the view (viewImage.ts) in one language: its source and view
// lines, its counts, its legend and its footer, and the dates, filters and lanes in the same
// language. Pure: the app makes them from its catalogue (src/i18n/imageWords.ts); the command-line
// tools and the unit tests draw in the English below.
import { type DateFormatter, ENGLISH_DATES } from '../dataset/formatDate';
import { ENGLISH_FILTER_WORDS, type FilterWords } from './filterSummary';
import type { TextDirection } from './locale';
import { ENGLISH_TIMELINE_WORDS, type TimelineWords } from './timelineWords';

export interface ImageWords {
  /** The direction the language is written in: the header, legend and footer follow it. */
  readonly dir: TextDirection;
  /** Between the parts of the view's line (" · "; "، " in Arabic script). */
  readonly separator: string;
  readonly dates: DateFormatter;
  readonly timeline: TimelineWords;
  readonly filters: FilterWords;
  /** A number in the language's digits and grouping. */
  number(value: number): string;
  /** A count short enough for a narrow bar: "1.9K". */
  compact(value: number): string;
  /** "“Title”, Publisher, by Author, 10 October 2021" */
  source(title: string, publisher: string, author: string, published: string): string;
  /** "Source: …" with one source; "Sources: …, and 2 more" with more. */
  sources(first: string, more: number): string;
  /** "8 Oct 2021 – 12 Oct 2021" */
  window(from: string, to: string): string;
  /** "7 events in view", with "(7 of 14 kept by the filters)" when the filters keep fewer. */
  inView(count: number, kept: number | null, total: number): string;
  /** "lanes by actor" */
  lanesBy(group: 'actor' | 'kind'): string;
  /** "+7 more" (a lane's events beyond its rows). */
  more(count: number): string;
  /** A count's tooltip: "47 events", "7 more events here". */
  countTitle(count: number, more: boolean): string;
  readonly noMatch: string;
  readonly noneInWindow: string;
  /** "Title (dates)": a period in the legend and its band's tooltip. */
  period(title: string, dates: string): string;
  /** "and 3 more kinds", "and 2 more periods" */
  moreKinds(count: number): string;
  morePeriods(count: number): string;
  readonly legendDay: string;
  readonly legendSpan: string;
  readonly legendApproximate: string;
  readonly legendUncertain: string;
  readonly legendCount: string;
  /** "Made with Sourceline", and the view's address when there is one. */
  footer(link: string | undefined): string;
  /** The image's title for screen readers: "Title: timeline, 8 Oct 2021 – 12 Oct 2021". */
  heading(title: string, window: string): string;
  /** Its description: the view line, then the source line. */
  description(view: string, source: string): string;
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const number = (value: number) => value.toLocaleString('en');
const plural = (count: number, one: string, other: string) =>
  `${number(count)} ${count === 1 ? one : other}`;

/** English: what the command-line tools draw (and the reference of the catalogue's `image.*`). */
export const ENGLISH_IMAGE_WORDS: ImageWords = {
  dir: 'ltr',
  separator: ' · ',
  dates: ENGLISH_DATES,
  timeline: ENGLISH_TIMELINE_WORDS,
  filters: ENGLISH_FILTER_WORDS,
  number,
  compact: (value) => compact.format(value),
  source: (title, publisher, author, published) =>
    `“${title}”, ${publisher}, by ${author}, ${published}`,
  sources: (first, more) =>
    more > 0 ? `Sources: ${first}, and ${number(more)} more` : `Source: ${first}`,
  window: (from, to) => `${from} – ${to}`,
  inView: (count, kept, total) =>
    `${plural(count, 'event', 'events')} in view${
      kept === null ? '' : ` (${number(kept)} of ${number(total)} kept by the filters)`
    }`,
  lanesBy: (group) => `lanes by ${group}`,
  more: (count) => `+${number(count)} more`,
  countTitle: (count, more) =>
    more
      ? `${plural(count, 'more event here', 'more events here')}`
      : plural(count, 'event', 'events'),
  noMatch: 'No events match the filters.',
  noneInWindow: 'No events in this window.',
  period: (title, dates) => `${title} (${dates})`,
  moreKinds: (count) => `and ${plural(count, 'more kind', 'more kinds')}`,
  morePeriods: (count) => `and ${plural(count, 'more period', 'more periods')}`,
  legendDay: 'a day (marked under its label)',
  legendSpan: 'a period, month or year (the line spans it)',
  legendApproximate: '~ approximate',
  legendUncertain: '? uncertain',
  legendCount: 'a count of events too close to draw one by one',
  footer: (link) => (link ? `Made with Sourceline · ${link}` : 'Made with Sourceline'),
  heading: (title, window) => `${title}: timeline, ${window}`,
  description: (view, source) => `${view}. ${source}`,
};
