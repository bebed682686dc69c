// A Sourceline dataset as a TimelineJS3 timeline, so a newsroom can publish it with the tool it
// knows: each event a slide (its summary and quoted passages, with their attribution, as escaped
// HTML), periods as eras, and a title slide from the dataset.
import { type DatePoint, type EventDateValue, isPoint, parseEdtf } from '../../dataset/edtf';
import { formatEventDate } from '../../dataset/formatDate';
import type { Dataset, Source, TimelineEvent } from '../../dataset/schema';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  media?: { url: string; caption?: string; credit?: string };
  group?: string;
  unique_id?: string;
}

export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text: { headline: string };
}

export interface TimelineJs {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
  eras?: TimelineJsEra[];
}

const ESCAPES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

/** Text as HTML that shows it as it is: TimelineJS reads headlines, texts and captions as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES.get(char) ?? char);
}

/** Each line of a text as an HTML paragraph. */
function paragraphsHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

function dateObject(point: DatePoint): TimelineJsDate {
  return {
    year: point.year,
    ...(point.month === undefined ? {} : { month: point.month }),
    ...(point.day === undefined ? {} : { day: point.day }),
  };
}

/** TimelineJS's start and end dates for a date; an open or unknown end has none. */
function dateObjects(date: EventDateValue): { start: TimelineJsDate; end?: TimelineJsDate } {
  if (date.kind === 'point') return { start: dateObject(date.point) };
  const { start, end } = date;
  if (isPoint(start) && isPoint(end)) return { start: dateObject(start), end: dateObject(end) };
  // TimelineJS needs a start: a span open at the start is placed at its end (its words say so).
  if (isPoint(start)) return { start: dateObject(start) };
  if (isPoint(end)) return { start: dateObject(end) };
  throw new Error(`a date with no known end: ${date.value}`);
}

function parsedDate(value: string): EventDateValue {
  const parsed = parseEdtf(value);
  if (!parsed.ok) throw new Error(`not a valid dataset: ${value}: ${parsed.error}`);
  return parsed.date;
}

/** "— “Title”, Publisher, by Author, Sunday 10 October 2021. Attribution" */
export function attributionLine(source: Source): string {
  const published = parseEdtf(source.published);
  const parts = [
    `“${source.title}”`,
    source.publisher,
    source.author ? `by ${source.author}` : '',
    published.ok ? formatEventDate(published.date) : source.published,
  ].filter(Boolean);
  return `— ${parts.join(', ')}.${source.attribution ? ` ${source.attribution}` : ''}`;
}

function slideText(event: TimelineEvent, sources: ReadonlyMap<string, Source>): string {
  const parts = [paragraphsHtml(event.summary)];
  for (const passage of event.passages) {
    const source = sources.get(passage.source);
    parts.push(`<blockquote>${paragraphsHtml(`“${passage.exact}”`)}</blockquote>`);
    if (source) parts.push(`<p>${escapeHtml(attributionLine(source))}</p>`);
  }
  return parts.join('');
}

/** The dataset (already checked by parseDataset) as a TimelineJS3 timeline. */
export function datasetToTimelineJs(dataset: Dataset): TimelineJs {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const events = dataset.events.map((event): TimelineJsSlide => {
    const date = parsedDate(event.date.value);
    const { start, end } = dateObjects(date);
    return {
      start_date: start,
      ...(end ? { end_date: end } : {}),
      display_date: formatEventDate(date),
      text: { headline: escapeHtml(event.title), text: slideText(event, sources) },
      ...(event.media
        ? {
            media: {
              url: event.media.url,
              ...(event.media.caption ? { caption: escapeHtml(event.media.caption) } : {}),
              ...(event.media.credit ? { credit: escapeHtml(event.media.credit) } : {}),
            },
          }
        : {}),
      group: event.kind,
      unique_id: event.id,
    };
  });
  const eras = (dataset.periods ?? []).map((period): TimelineJsEra => {
    const { start, end } = dateObjects(parsedDate(period.date.value));
    // An era needs an end: a period of one year, month or day ends where it starts.
    return {
      start_date: start,
      end_date: end ?? start,
      text: { headline: escapeHtml(period.title) },
    };
  });
  return {
    title: {
      text: {
        headline: escapeHtml(dataset.title),
        text: paragraphsHtml(dataset.description ?? ''),
      },
    },
    events,
    ...(eras.length > 0 ? { eras } : {}),
  };
}

/** The TimelineJS3 JSON file of a dataset. */
export function timelineJsText(dataset: Dataset): string {
  return `${JSON.stringify(datasetToTimelineJs(dataset), null, 2)}\n`;
}
